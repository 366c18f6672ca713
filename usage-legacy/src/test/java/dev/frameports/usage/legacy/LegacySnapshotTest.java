package dev.frameports.usage.legacy;

import static dev.frameports.usage.legacy.LegacyFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuModelSnapshot;
import dev.frameports.usage.GpuStateRow;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the GPU-model snapshot functions (§3.12 gpu_model_snapshot)")
class LegacySnapshotTest {
  static final String H200 = "NVIDIA H200";
  static final String L40S = "NVIDIA L40S";
  static final LocalDateTime A = LocalDateTime.of(2025, 12, 2, 10, 0, 1, 500_000_000);
  static final LocalDateTime B = LocalDateTime.of(2025, 12, 2, 10, 5, 1, 250_000_000);

  @TempDir Path dir;
  private Path db;

  /** Snapshot A: two idle H200; snapshot B: the mix the assertions below work through. */
  static List<GpuStateRow> rows() {
    List<GpuStateRow> rows = new ArrayList<>();
    rows.add(row("slot1@m1", "m1", "GPU-1", "Unclaimed", H200, 143771L, "p", null, null, null, A));
    rows.add(row("slot1@m2", "m2", "GPU-3", "Unclaimed", H200, 143771L, "", null, null, null, A));
    rows.add(row("slot1_1@m1", "m1", "GPU-1", "Claimed", H200, 143771L, "p", 0.8, "u1", "j1", B));
    rows.add(row("slot1@m1", "m1", "GPU-2", "Unclaimed", H200, 143771L, "p", null, null, null, B));
    rows.add(
        row("backfill2_1@m1", "m1", "GPU-2", "Claimed", H200, 143771L, "p", 0.4, "u2", "j2", B));
    // Claimed without an owner: available, used, but not "claimed" in the snapshot's sense
    rows.add(row("slot1_2@m2", "m2", "GPU-3", "Claimed", H200, 143771L, "", 0.6, null, "j3", B));
    rows.add(row("slot1@m2", "m2", "GPU-4", "Unclaimed", H200, 143771L, "", null, null, null, B));
    rows.add(row("slot1@m3", "m3", "GPU-9", "Unclaimed", L40S, 46068L, "", null, null, null, B));
    return rows;
  }

  @BeforeEach
  void writeDatabase() throws Exception {
    db = LegacyFixtures.writeDatabase(dir.resolve("gpu_state_2025-12.db"), rows(), true);
  }

  @Test
  @DisplayName("the models seen within the window are listed sorted")
  void modelsAtTime() {
    assertThat(LegacyAnalysis.modelsAt(db, LocalDateTime.of(2025, 12, 2, 10, 3), 5))
        .containsExactly(H200, L40S);
    assertThat(LegacyAnalysis.modelsAt(db, LocalDateTime.of(2025, 12, 2, 9, 59), 2))
        .containsExactly(H200);
    assertThat(LegacyAnalysis.modelsAt(db, LocalDateTime.of(2025, 12, 3, 10, 0), 5)).isEmpty();
  }

  @Test
  @DisplayName("the activity rows come ordered by timestamp desc, Machine, AssignedGPUs")
  void activityOrder() {
    List<GpuStateRow> activity =
        LegacyFrames.toRows(
            LegacySqlite.toLegacyLayout(
                LegacySnapshot.getGpuModelActivityAtTime(
                    db, H200, LocalDateTime.of(2025, 12, 2, 10, 3), 5)));
    assertThat(activity).extracting(GpuStateRow::timestamp).containsExactly(B, B, B, B, B, A, A);
    assertThat(activity.subList(0, 5))
        .extracting(r -> r.machine() + "/" + r.assignedGpus())
        .containsExactly("m1/GPU-1", "m1/GPU-2", "m1/GPU-2", "m2/GPU-3", "m2/GPU-4");
  }

  @Test
  @DisplayName("the snapshot closest to the time is analysed: totals, classes, jobs, idle GPUs")
  void analysis() {
    GpuModelSnapshot s = LegacyAnalysis.snapshot(db, H200, LocalDateTime.of(2025, 12, 2, 10, 3), 5);
    assertThat(s.snapshotTime()).isEqualTo(B);
    assertThat(s.totalGpus()).isEqualTo(4);
    assertThat(s.claimedGpus()).isEqualTo(2);
    assertThat(s.unclaimedGpus()).isEqualTo(2);
    UsageAssert.assertClose(s.utilizationPercent(), 50.0);
    UsageAssert.assertClose(s.avgGpuUsagePercent(), 60.0);
    assertThat(s.numMachines()).isEqualTo(2);
    assertThat(s.machines()).containsExactly("m1", "m2");
    // dedup keeps GPU-2's backfill-Claimed row, so Priority has only GPU-1
    assertThat(s.byClass())
        .containsExactly(
            java.util.Map.entry(GpuClass.PRIORITY, new GpuModelSnapshot.ClassTotals(1, 1)),
            java.util.Map.entry(GpuClass.SHARED, new GpuModelSnapshot.ClassTotals(2, 1)),
            java.util.Map.entry(GpuClass.BACKFILL, new GpuModelSnapshot.ClassTotals(1, 1)));
    assertThat(s.activeJobs())
        .containsExactly(
            new GpuModelSnapshot.ActiveJob("u1", "j1", "GPU-1", "m1"),
            new GpuModelSnapshot.ActiveJob("u2", "j2", "GPU-2", "m1"));
    assertThat(s.inactiveGpus()).containsExactly(new GpuModelSnapshot.InactiveGpu("GPU-4", "m2"));
  }

  @Test
  @DisplayName("on a tie the later snapshot wins, and an earlier time picks the earlier one")
  void closestSnapshot() {
    LocalDateTime midway = A.plusSeconds(150).plusNanos(-125_000_000);
    assertThat(LegacyAnalysis.snapshot(db, H200, midway, 5).snapshotTime()).isEqualTo(B);
    GpuModelSnapshot early = LegacyAnalysis.snapshot(db, H200, A.minusMinutes(1), 5);
    assertThat(early.snapshotTime()).isEqualTo(A);
    assertThat(early.totalGpus()).isEqualTo(2);
    assertThat(early.claimedGpus()).isZero();
    assertThat(early.activeJobs()).isEmpty();
  }

  @Test
  @DisplayName("a window without the model is a no-data error")
  void noRows() {
    assertThatThrownBy(
            () -> LegacyAnalysis.snapshot(db, L40S, LocalDateTime.of(2025, 12, 2, 9, 58), 2))
        .isInstanceOf(LegacyNoDataException.class)
        .hasMessage("No data found for GPU model NVIDIA L40S within 2 minutes of 2025-12-02T09:58");
  }
}
