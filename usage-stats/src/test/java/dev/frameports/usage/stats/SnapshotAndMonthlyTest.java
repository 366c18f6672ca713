package dev.frameports.usage.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuModelSnapshot;
import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.MachineCategory;
import dev.frameports.usage.MonthlySummary;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@DisplayName("GPU model snapshots, the monthly summary and machine categories (spec §3.6, §3.12)")
class SnapshotAndMonthlyTest extends BackendTest {

  @OnEveryBackend
  @DisplayName("the models in a window are the distinct device names, sorted")
  void modelsAtTime(String backend) {
    Path db = writeDatabase(SampleGpuData.rows());
    assertThat(UsageAnalysis.modelsAt(backend(backend), db, SampleGpuData.T0.plusMinutes(2), 5))
        .containsExactly(SampleGpuData.A100, SampleGpuData.V100);
  }

  @OnEveryBackend
  @DisplayName("a snapshot picks the closest time, the later one on a tie, and counts owned GPUs")
  void snapshotOfOneModel(String backend) {
    Path db = writeDatabase(SampleGpuData.rows());
    LocalDateTime between = SampleGpuData.T0.plusSeconds(450); // 10:07:30, equally far from both
    GpuModelSnapshot snap =
        UsageAnalysis.snapshot(backend(backend), db, SampleGpuData.V100, between, 10);
    assertThat(snap.snapshotTime()).isEqualTo(SampleGpuData.T1);
    assertThat(snap.totalGpus()).isEqualTo(1);
    assertThat(snap.claimedGpus()).isZero();

    GpuModelSnapshot early =
        UsageAnalysis.snapshot(backend(backend), db, SampleGpuData.V100, SampleGpuData.T0, 5);
    assertThat(early.totalGpus()).isEqualTo(4);
    assertThat(early.claimedGpus()).isEqualTo(2); // GPU-001 (user1) and backfill GPU-005 (user3)
    assertThat(early.avgGpuUsagePercent()).isCloseTo(65.0, within(1e-9));
    assertThat(early.byClass().get(GpuClass.PRIORITY))
        .isEqualTo(new GpuModelSnapshot.ClassTotals(2, 1));
    assertThat(early.byClass().get(GpuClass.BACKFILL))
        .isEqualTo(new GpuModelSnapshot.ClassTotals(2, 1));
    assertThat(early.activeJobs())
        .extracting(GpuModelSnapshot.ActiveJob::assignedGpus)
        .containsExactly("GPU-001", "GPU-005");
    assertThat(early.inactiveGpus())
        .extracting(GpuModelSnapshot.InactiveGpu::assignedGpus)
        .containsExactly("GPU-002", "GPU-006");
    assertThat(early.machines()).containsExactly(SampleGpuData.HOST1);
  }

  @OnEveryBackend
  @DisplayName("a model without rows in the window is reported as no data")
  void snapshotWithoutData(String backend) {
    Path db = writeDatabase(SampleGpuData.rows());
    assertThatThrownBy(
            () -> UsageAnalysis.snapshot(backend(backend), db, "NVIDIA H200", SampleGpuData.T0, 5))
        .isInstanceOf(NoDataException.class);
  }

  @OnEveryBackend
  @DisplayName("the monthly summary covers the previous calendar month, bounds inclusive")
  void monthlySummary(String backend) {
    List<GpuStateRow> rows = new ArrayList<>();
    for (GpuStateRow r : SampleGpuData.rows()) {
      rows.add(
          SampleGpuData.row(
              r.name(),
              r.machine(),
              r.assignedGpus(),
              r.state(),
              r.deviceName(),
              r.globalMemoryMb() == null ? null : r.globalMemoryMb().intValue(),
              r.prioritizedProjects(),
              r.gpusAverageUsage(),
              r.remoteOwner(),
              r.globalJobId(),
              r.timestamp().minusMonths(1)));
    }
    Path folder = dir.resolve("monthly-" + backend);
    folder.toFile().mkdirs();
    Path dec = GpuStateDatabase.write(folder.resolve("gpu_state_2024-12.db"), rows);
    MonthlySummary summary =
        MonthlySummaries.calculate(
            backend(backend), noHosts(), dec, LocalDateTime.of(2025, 1, 5, 0, 0));
    assertThat(summary.month()).isEqualTo("December 2024");
    assertThat(summary.totalHours()).isEqualTo(744);
    assertThat(summary.error()).isNull();
    assertThat(summary.dataCoverage().totalRecords()).isEqualTo(9);
    assertThat(summary.dataCoverage().uniqueIntervals()).isZero();
    assertThat(summary.deviceStats().get(GpuClass.SHARED)).containsKey(SampleGpuData.A100);

    MonthlySummary empty =
        MonthlySummaries.calculate(
            backend(backend), noHosts(), dec, LocalDateTime.of(2025, 3, 5, 0, 0));
    assertThat(empty.error()).isEqualTo("No data found for February 2025");
  }

  @OnEveryBackend
  @DisplayName("machines are classified by their first non-null PrioritizedProjects, sorted")
  void machinesByCategory(String backend) {
    LocalDateTime t = SampleGpuData.T0;
    List<GpuStateRow> rows =
        List.of(
            SampleGpuData.row(
                "s@h", "hosted1.com", "G1", "Claimed", "D", 1, "", null, null, null, t),
            SampleGpuData.row(
                "s@r", "research2.com", "G2", "Claimed", "D", 1, null, null, null, null, t),
            SampleGpuData.row(
                "s@r", "research2.com", "G3", "Claimed", "D", 1, "beta", null, null, null, t),
            SampleGpuData.row(
                "s@r", "research1.com", "G4", "Claimed", "D", 1, "alpha", null, null, null, t),
            SampleGpuData.row("s@o", "open1.com", "G5", "Claimed", "D", 1, "", null, null, null, t),
            SampleGpuData.row(
                "s@h", "hosted1.com", "G6", "Claimed", "D", 1, "", null, null, null, t));
    Map<MachineCategory, List<String>> machines =
        MachineCategories.machinesByCategory(chtcOwned("hosted1.com"), load(backend, rows));
    assertThat(machines)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                MachineCategory.CHTC_OWNED, List.of("hosted1.com"),
                MachineCategory.RESEARCHER_OWNED, List.of("research1.com", "research2.com"),
                MachineCategory.OPEN_CAPACITY, List.of("open1.com")));
  }
}
