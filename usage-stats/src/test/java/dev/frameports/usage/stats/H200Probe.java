package dev.frameports.usage.stats;

import dev.frameports.usage.DeviceNames;
import dev.frameports.usage.GpuStateRow;
import java.time.LocalDateTime;
import java.util.List;

/**
 * H200 rows over two buckets: alice runs 2 GPUs then 1, an empty-string owner 1 GPU in bucket 2, a
 * NULL owner (dropped) 1 GPU, and an idle GPU.
 */
final class H200Probe {
  private H200Probe() {}

  static List<GpuStateRow> rows() {
    LocalDateTime t0 = LocalDateTime.of(2025, 1, 1, 10, 0, 1);
    LocalDateTime t1 = LocalDateTime.of(2025, 1, 1, 10, 20, 1);
    String d = DeviceNames.H200;
    return List.of(
        SampleGpuData.row(
            "slot1_1@h", "h", "GPU-a", "Claimed", d, 143771, "", 0.5, "alice", "1", t0),
        SampleGpuData.row(
            "slot1_1@h", "h", "GPU-b", "Claimed", d, 143771, "", 0.5, "alice", "1", t0),
        SampleGpuData.row("slot1_2@h", "h", "GPU-c", "Claimed", d, 143771, "", 0.5, null, "2", t0),
        SampleGpuData.row(
            "slot1@h", "h", "GPU-d", "Unclaimed", d, 143771, "", null, null, null, t0),
        SampleGpuData.row(
            "slot1_1@h", "h", "GPU-a", "Claimed", d, 143771, "", 0.5, "alice", "1", t1),
        SampleGpuData.row("slot1_3@h", "h", "GPU-b", "Claimed", d, 143771, "", 0.5, "", "3", t1));
  }
}
