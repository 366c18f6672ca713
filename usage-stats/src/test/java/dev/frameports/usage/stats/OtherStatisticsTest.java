package dev.frameports.usage.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.BackfillDayUsage;
import dev.frameports.usage.ClusterTotals;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.PerformanceUsage;
import dev.frameports.usage.TimeSeriesPoint;
import dev.frameports.usage.UserUsage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@DisplayName("User hours, time series and the other statistics (spec §3.11, §3.12, golden §5.3d)")
class OtherStatisticsTest extends BackendTest {

  @OnEveryBackend
  @DisplayName("backfill users: user3 has 0.5 GPU-hours, all Backfill-OpenCapacity")
  void backfillUsersGolden(String backend) {
    Map<String, UserUsage> users = UserGpuHours.backfill(noHosts(), sample(backend), "", 1, false);
    assertThat(users).containsOnlyKeys("user3");
    assertThat(users.get("user3").totalGpuHours()).isCloseTo(0.5, within(1e-9));
    assertThat(users.get("user3").slotBreakdown())
        .containsOnlyKeys(GpuClass.BACKFILL_OPEN_CAPACITY);
    assertThat(users.get("user3").slotBreakdown().get(GpuClass.BACKFILL_OPEN_CAPACITY).percentage())
        .isCloseTo(100.0, within(1e-9));
  }

  @OnEveryBackend
  @DisplayName("the H200 breakdown is empty without H200 rows and counts hours per user with them")
  void h200Users(String backend) {
    assertThat(UserGpuHours.h200(noHosts(), sample(backend), "", 24)).isEmpty();
    LazyFrame probe = load(backend, H200Probe.rows());
    Map<String, UserUsage> users = UserGpuHours.h200(noHosts(), probe, "", 24);
    // 2 buckets; alice holds 2 GPUs in bucket 1 and 1 in bucket 2 -> 3 / 2 * 24 = 36 h
    assertThat(users.keySet()).containsExactly("alice", "Unknown");
    assertThat(users.get("alice").totalGpuHours()).isCloseTo(36.0, within(1e-9));
    assertThat(users.get("Unknown").totalGpuHours()).isCloseTo(12.0, within(1e-9));
  }

  @OnEveryBackend
  @DisplayName(
      "the user tables match the host on Machine ignoring case, the filters on Name with it")
  void userHostFilter(String backend) {
    LazyFrame probe = load(backend, H200Probe.rows());
    assertThat(UserGpuHours.h200(noHosts(), probe, "h", 24))
        .isEqualTo(UserGpuHours.h200(noHosts(), probe, "", 24));
    // "H" matches Machine "h" case-insensitively, but no Name contains "H" (case-sensitive)
    assertThat(UserGpuHours.h200(noHosts(), probe, "H", 24)).isEmpty();
  }

  @OnEveryBackend
  @DisplayName("performance usage averages GPUsAverageUsage of Claimed rows per legacy class")
  void performanceGolden(String backend) {
    Map<GpuClass, PerformanceUsage> perf =
        PerformanceUsages.calculate(noHosts(), sample(backend), "");
    assertThat(perf.get(GpuClass.PRIORITY).avgGpuUtilizationPercent())
        .isCloseTo(85.0, within(1e-9));
    assertThat(perf.get(GpuClass.PRIORITY).recordsWithUtilization()).isEqualTo(1);
    assertThat(perf.get(GpuClass.SHARED).avgGpuUtilizationPercent()).isCloseTo(70.0, within(1e-9));
    assertThat(perf.get(GpuClass.SHARED).recordsWithUtilization()).isEqualTo(2);
    assertThat(perf.get(GpuClass.SHARED).uniqueGpusUsed()).isEqualTo(1);
    assertThat(perf.get(GpuClass.BACKFILL).avgGpuUtilizationPercent())
        .isCloseTo(45.0, within(1e-9));
  }

  @OnEveryBackend
  @DisplayName("unique cluster totals average the union sets: 2.0 claimed of 4.5")
  void clusterTotalsGolden(String backend) {
    ClusterTotals totals =
        ClusterTotalsCalculation.uniqueClusterTotals(noHosts(), sample(backend), "");
    assertThat(totals.claimed()).isCloseTo(2.0, within(1e-9));
    assertThat(totals.total()).isCloseTo(4.5, within(1e-9));
  }

  @OnEveryBackend
  @DisplayName("backfill by day gives one OpenCapacity row at 50 %")
  void backfillByDayGolden(String backend) {
    List<BackfillDayUsage> rows = BackfillByDay.calculate(noHosts(), sample(backend));
    assertThat(rows)
        .containsExactly(
            new BackfillDayUsage(LocalDate.of(2025, 1, 1), "OpenCapacity", 2.0, 1.0, 50.0));
  }

  @OnEveryBackend
  @DisplayName("the time series has two buckets; Priority is 1 of 2 at 10:00, no backfill at 10:15")
  void timeSeriesGolden(String backend) {
    List<TimeSeriesPoint> points = TimeSeriesUsage.calculate(noHosts(), sample(backend), 15, "");
    assertThat(points)
        .extracting(TimeSeriesPoint::timestamp)
        .containsExactly(SampleGpuData.T0, SampleGpuData.T1);
    assertThat(points.get(0).priority().claimed()).isEqualTo(1);
    assertThat(points.get(0).priority().total()).isEqualTo(2);
    assertThat(points.get(0).priority().usagePercent()).isCloseTo(50.0, within(1e-9));
    assertThat(points.get(1).backfill().total()).isZero();
    assertThat(points.get(1).backfill().usagePercent()).isZero();
  }
}
