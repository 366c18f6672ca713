package dev.frameports.usage.generate;

import dev.frameports.usage.OldGpus;

/**
 * The twelve CUDA device names the pool knows (usage-stats-spec.md §2.2) with the memory the
 * generator reports for them. Only the H200 figure comes from real data; the others are NVIDIA
 * specifications, chosen so that each falls into its intended memory category.
 */
public enum GpuDevice {
  A100_40GB("NVIDIA A100-SXM4-40GB", 40_536),
  A100_80GB("NVIDIA A100-SXM4-80GB", 81_920),
  A30("NVIDIA A30", 24_576),
  A40("NVIDIA A40", 46_068),
  GTX_1080_TI("NVIDIA GeForce GTX 1080 Ti", 11_172),
  RTX_2080_TI("NVIDIA GeForce RTX 2080 Ti", 11_019),
  H100("NVIDIA H100 80GB HBM3", 81_559),
  H200("NVIDIA H200", 143_771),
  L40("NVIDIA L40", 46_068),
  L40S("NVIDIA L40S", 46_068),
  QUADRO_RTX_6000("Quadro RTX 6000", 24_220),
  P100("Tesla P100-PCIE-16GB", 16_280);

  private final String deviceName;
  private final long memoryMb;

  GpuDevice(String deviceName, long memoryMb) {
    this.deviceName = deviceName;
    this.memoryMb = memoryMb;
  }

  /** The {@code GPUs_DeviceName} value. */
  public String deviceName() {
    return deviceName;
  }

  /** The {@code GPUs_GlobalMemoryMb} value. */
  public long memoryMb() {
    return memoryMb;
  }

  /** True for the old/uncommon types of {@link OldGpus}. */
  public boolean isOld() {
    return OldGpus.isOld(deviceName);
  }
}
