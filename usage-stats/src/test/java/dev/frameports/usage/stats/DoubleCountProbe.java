package dev.frameports.usage.stats;

import dev.frameports.usage.GpuStateRow;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The double-count probe of usage-stats-spec.md §5.3e: open-capacity host b, L40S; GPU-3 Claimed at
 * 10:00:01 and Unclaimed at 10:05:01 and 10:10:01, GPU-4 Unclaimed at all three.
 */
final class DoubleCountProbe {
  private DoubleCountProbe() {}

  static List<GpuStateRow> rows() {
    LocalDateTime t0 = LocalDateTime.of(2025, 1, 1, 10, 0, 1);
    LocalDateTime t1 = t0.plusMinutes(5);
    LocalDateTime t2 = t0.plusMinutes(10);
    String d = "NVIDIA L40S";
    return List.of(
        SampleGpuData.row("slot1_1@b", "b", "GPU-3", "Claimed", d, 46068, "", 0.5, "u", "j", t0),
        SampleGpuData.row("slot1@b", "b", "GPU-4", "Unclaimed", d, 46068, "", null, null, null, t0),
        SampleGpuData.row("slot1@b", "b", "GPU-3", "Unclaimed", d, 46068, "", null, null, null, t1),
        SampleGpuData.row("slot1@b", "b", "GPU-4", "Unclaimed", d, 46068, "", null, null, null, t1),
        SampleGpuData.row("slot1@b", "b", "GPU-3", "Unclaimed", d, 46068, "", null, null, null, t2),
        SampleGpuData.row(
            "slot1@b", "b", "GPU-4", "Unclaimed", d, 46068, "", null, null, null, t2));
  }
}
