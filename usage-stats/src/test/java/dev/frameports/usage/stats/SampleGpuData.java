package dev.frameports.usage.stats;

import dev.frameports.usage.GpuStateRow;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The upstream test fixture {@code sample_gpu_data} (usage-stats-spec.md §5.1): 9 rows. */
final class SampleGpuData {
  static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 1, 10, 0);
  static final LocalDateTime T1 = LocalDateTime.of(2025, 1, 1, 10, 15);
  static final String HOST1 = "host1.domain.com";
  static final String HOST2 = "host2.domain.com";
  static final String V100 = "Tesla V100-SXM2-32GB";
  static final String A100 = "Tesla A100-SXM4-40GB";
  static final String PP = "project1,project2";

  private SampleGpuData() {}

  static List<GpuStateRow> rows() {
    List<GpuStateRow> rows = new ArrayList<>();
    rows.add(
        row(
            "slot1@" + HOST1,
            HOST1,
            "GPU-001",
            "Claimed",
            V100,
            32768,
            PP,
            0.85,
            "user1",
            "1234.0",
            T0));
    rows.add(
        row("slot2@" + HOST1, HOST1, "GPU-002", "Unclaimed", V100, 32768, PP, null, "", "", T0));
    rows.add(
        row(
            "slot3@" + HOST2,
            HOST2,
            "GPU-003",
            "Claimed",
            A100,
            40960,
            "",
            0.65,
            "user2",
            "1235.0",
            T0));
    rows.add(
        row("slot4@" + HOST2, HOST2, "GPU-004", "Unclaimed", A100, 40960, "", null, "", "", T0));
    rows.add(
        row(
            "slot1_backfill@" + HOST1,
            HOST1,
            "GPU-005",
            "Claimed",
            V100,
            32768,
            "",
            0.45,
            "user3",
            "1236.0",
            T0));
    rows.add(
        row(
            "slot2_backfill@" + HOST1,
            HOST1,
            "GPU-006",
            "Unclaimed",
            V100,
            32768,
            "",
            null,
            "",
            "",
            T0));
    rows.add(
        row("slot1@" + HOST1, HOST1, "GPU-001", "Unclaimed", V100, 32768, PP, null, "", "", T1));
    rows.add(
        row(
            "slot3@" + HOST2,
            HOST2,
            "GPU-003",
            "Claimed",
            A100,
            40960,
            "",
            0.75,
            "user2",
            "1237.0",
            T1));
    rows.add(
        row("slot4@" + HOST2, HOST2, "GPU-004", "Unclaimed", A100, 40960, "", null, "", "", T1));
    return rows;
  }

  static GpuStateRow row(
      String name,
      String machine,
      String gpu,
      String state,
      String device,
      Integer mb,
      String pp,
      Double usage,
      String owner,
      String job,
      LocalDateTime ts) {
    return new GpuStateRow(
        name,
        gpu,
        gpu == null ? null : gpu.replace('-', '_'),
        state,
        device,
        mb == null ? null : mb.longValue(),
        pp,
        usage,
        machine,
        owner,
        job,
        ts);
  }
}
