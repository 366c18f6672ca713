package dev.frameports.usage.stats;

import dev.frameports.usage.GpuStateRow;
import java.time.LocalDateTime;
import java.util.List;

/** The null-handling probe of usage-stats-spec.md §5.3f: one timestamp, seven rows. */
final class NullHandlingProbe {
  private NullHandlingProbe() {}

  static List<GpuStateRow> rows() {
    LocalDateTime t = LocalDateTime.of(2025, 1, 1, 10, 0, 1);
    return List.of(
        SampleGpuData.row("slot1@a", "a", "GPU-1", "Unclaimed", "D", 1, null, null, null, null, t),
        SampleGpuData.row("slot1@a", "a", null, "Unclaimed", "D", 1, "p", null, null, null, t),
        SampleGpuData.row("slot1_1@a", "a", null, "Claimed", "D", 1, "p", null, "u", "j1", t),
        SampleGpuData.row("slot1_2@a", "a", "GPU-2", "Claimed", "D", 1, "p", null, "u", "j2", t),
        SampleGpuData.row(
            "backfill2_1@a", "a", "GPU-2", "Claimed", "D", 1, "p", null, "v", "j3", t),
        SampleGpuData.row("slot1@b", "b", "GPU-3", "Unclaimed", "D", 1, "", null, null, null, t),
        SampleGpuData.row("backfill2@b", "b", "GPU-3", "Claimed", "D", 1, "", null, "w", "j4", t));
  }
}
