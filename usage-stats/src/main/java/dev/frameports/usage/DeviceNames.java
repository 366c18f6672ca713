package dev.frameports.usage;

import java.util.Map;

/** Human-readable GPU names for reports (usage-stats-spec.md §3.1); unknown names pass through. */
public final class DeviceNames {
  private static final Map<String, String> SHORT =
      Map.ofEntries(
          Map.entry("NVIDIA A100-SXM4-40GB", "A100 40GB"),
          Map.entry("NVIDIA A100-SXM4-80GB", "A100 80GB"),
          Map.entry("NVIDIA A30", "A30"),
          Map.entry("NVIDIA A40", "A40"),
          Map.entry("NVIDIA GeForce GTX 1080 Ti", "GTX 1080 Ti"),
          Map.entry("NVIDIA GeForce RTX 2080 Ti", "RTX 2080 Ti"),
          Map.entry("NVIDIA H100 80GB HBM3", "H100 80GB"),
          Map.entry("NVIDIA H200", "H200"),
          Map.entry("NVIDIA L40", "L40"),
          Map.entry("NVIDIA L40S", "L40S"),
          Map.entry("Quadro RTX 6000", "Quadro RTX 6000"),
          Map.entry("Tesla P100-PCIE-16GB", "Tesla P100 16GB"));

  /** The exact H200 device name the per-user breakdown selects on. */
  public static final String H200 = "NVIDIA H200";

  private DeviceNames() {}

  /** The short name, or the name itself when unknown. */
  public static String shortName(String deviceName) {
    return SHORT.getOrDefault(deviceName, deviceName);
  }

  /** The twelve device names the pool knows, for generators and tests. */
  public static java.util.Set<String> known() {
    return SHORT.keySet();
  }
}
