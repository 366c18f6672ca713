package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuClass.BACKFILL;
import static dev.frameports.usage.GpuClass.PRIORITY;
import static dev.frameports.usage.GpuClass.SHARED;
import static dev.frameports.usage.legacy.LegacyFixtures.T0;
import static dev.frameports.usage.legacy.LegacyFixtures.T1;
import static dev.frameports.usage.legacy.UsageAssert.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.usage.BackfillDayUsage;
import dev.frameports.usage.ClassCounts;
import dev.frameports.usage.ClusterTotals;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.PerformanceUsage;
import dev.frameports.usage.TimeSeriesPoint;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import joinery.DataFrame;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("time series, cluster totals, performance and backfill by day (§3.7, §3.12, §5.3d)")
class LegacyTimeSeriesAndClusterTest {
  private final LegacyContext ctx = LegacyContext.defaults();
  private final DataFrame<Object> sample = LegacyFixtures.sampleFrame();

  private static void assertCounts(ClassCounts c, long claimed, long total, double percent) {
    assertThat(c.claimed()).isEqualTo(claimed);
    assertThat(c.total()).isEqualTo(total);
    assertClose(c.usagePercent(), percent);
  }

  @Test
  @DisplayName("the 15-minute time series of the fixture has two points with upstream values")
  void timeSeries() {
    List<TimeSeriesPoint> points = LegacyTimeSeries.calculateTimeSeriesUsage(ctx, sample, 15, "");
    assertThat(points).extracting(TimeSeriesPoint::timestamp).containsExactly(T0, T1);
    assertCounts(points.get(0).priority(), 1, 2, 50.0);
    assertCounts(points.get(0).shared(), 1, 3, 100.0 / 3);
    assertCounts(points.get(0).backfill(), 1, 2, 50.0);
    assertCounts(points.get(1).priority(), 0, 1, 0.0);
    assertCounts(points.get(1).shared(), 1, 2, 50.0);
    assertCounts(points.get(1).backfill(), 0, 0, 0.0);
  }

  @Test
  @DisplayName("time-series buckets are epoch-aligned floors of the bucket width")
  void bucketsAreEpochAligned() {
    assertThat(LegacyFrames.floor(LocalDateTime.of(2025, 1, 1, 10, 14, 59, 999_999_000), 15))
        .isEqualTo(T0);
    assertThat(LegacyFrames.floor(LocalDateTime.of(2025, 1, 1, 10, 44, 0), 60))
        .isEqualTo(LocalDateTime.of(2025, 1, 1, 10, 0));
    // Epoch-aligned, not day- or hour-aligned: 2025-01-01T00:00 is epoch minute 28,928,160,
    // which is 2 (mod 7), so the 7-minute buckets of that day start at 00:02, ..., 10:42.
    assertThat(LegacyFrames.floor(LocalDateTime.of(2025, 1, 1, 10, 44, 0), 7))
        .isEqualTo(LocalDateTime.of(2025, 1, 1, 10, 42));
    assertThat(LegacyFrames.floor(LocalDateTime.of(2025, 1, 1, 10, 41, 59), 7))
        .isEqualTo(LocalDateTime.of(2025, 1, 1, 10, 35));
    List<TimeSeriesPoint> hourly = LegacyTimeSeries.calculateTimeSeriesUsage(ctx, sample, 60, "");
    assertThat(hourly).hasSize(1);
    assertCounts(hourly.get(0).priority(), 1, 3, 100.0 / 3);
  }

  @Test
  @DisplayName("an empty frame gives an empty time series")
  void emptyTimeSeries() {
    assertThat(LegacyTimeSeries.calculateTimeSeriesUsage(ctx, LegacyFrames.empty(), 15, ""))
        .isEmpty();
  }

  @Test
  @DisplayName("an unparsable timestamp makes the time series throw")
  void invalidTimestampThrows() {
    List<List<Object>> rows = LegacyFrames.rowsOf(sample);
    rows.get(0).set(LegacyFrames.TIMESTAMP, "invalid-timestamp");
    DataFrame<Object> df = LegacyFrames.fromValues(rows);
    assertThatThrownBy(() -> LegacyTimeSeries.calculateTimeSeriesUsage(ctx, df, 15, ""))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> LegacyAllocation.calculateAllocationUsage(ctx, df, ""))
        .isInstanceOf(DateTimeParseException.class);
  }

  @Test
  @DisplayName("text timestamps with or without fraction are parsed where needed")
  void textTimestampsAreParsed() {
    List<List<Object>> rows = LegacyFrames.rowsOf(sample);
    rows.get(0).set(LegacyFrames.TIMESTAMP, "2025-01-01 10:00:00.000000");
    rows.get(1).set(LegacyFrames.TIMESTAMP, "2025-01-01T10:00:00");
    List<TimeSeriesPoint> points =
        LegacyTimeSeries.calculateTimeSeriesUsage(ctx, LegacyFrames.fromValues(rows), 15, "");
    assertCounts(points.get(0).priority(), 1, 2, 50.0);
  }

  @Test
  @DisplayName("unique cluster totals of the fixture are 2.0 claimed of 4.5 (§5.3d)")
  void uniqueClusterTotals() {
    ClusterTotals totals =
        LegacyClusterStats.calculateUniqueClusterTotalsFromRawData(ctx, sample, "");
    assertClose(totals.claimed(), 2.0);
    assertClose(totals.total(), 4.5);
    assertThat(
            LegacyClusterStats.calculateUniqueClusterTotalsFromRawData(
                ctx, LegacyFrames.empty(), ""))
        .isEqualTo(new ClusterTotals(0, 0));
  }

  @Test
  @DisplayName("performance usage of the fixture matches §5.3d")
  void performance() {
    Map<GpuClass, PerformanceUsage> perf =
        LegacyClusterStats.calculatePerformanceUsage(ctx, sample, "");
    assertThat(perf.keySet()).containsExactly(PRIORITY, SHARED, BACKFILL);
    assertClose(perf.get(PRIORITY).avgGpuUtilizationPercent(), 85.0);
    assertThat(perf.get(PRIORITY).recordsWithUtilization()).isEqualTo(1);
    assertThat(perf.get(PRIORITY).uniqueGpusUsed()).isEqualTo(1);
    assertClose(perf.get(SHARED).avgGpuUtilizationPercent(), 70.0);
    assertThat(perf.get(SHARED).recordsWithUtilization()).isEqualTo(2);
    assertThat(perf.get(SHARED).uniqueGpusUsed()).isEqualTo(1);
    assertClose(perf.get(BACKFILL).avgGpuUtilizationPercent(), 45.0);
    assertThat(perf.get(BACKFILL).recordsWithUtilization()).isEqualTo(1);
    assertThat(perf.get(BACKFILL).uniqueGpusUsed()).isEqualTo(1);
  }

  @Test
  @DisplayName("performance drops negative utilisation but keeps values above 1")
  void performanceOddValues() {
    List<GpuStateRow> rows = new ArrayList<>();
    for (GpuStateRow r : LegacyFixtures.sampleRows()) {
      Double usage = r.gpusAverageUsage();
      if (usage != null) {
        usage = r.timestamp().equals(T0) ? -0.1 : 1.5;
      }
      rows.add(
          new GpuStateRow(
              r.name(),
              r.assignedGpus(),
              r.availableGpus(),
              r.state(),
              r.deviceName(),
              r.globalMemoryMb(),
              r.prioritizedProjects(),
              usage,
              r.machine(),
              r.remoteOwner(),
              r.globalJobId(),
              r.timestamp()));
    }
    Map<GpuClass, PerformanceUsage> perf =
        LegacyClusterStats.calculatePerformanceUsage(ctx, LegacyFrames.fromRows(rows), "");
    assertThat(perf.get(SHARED)).isEqualTo(new PerformanceUsage(150.0, 1, 1));
    assertThat(perf.get(PRIORITY)).isEqualTo(new PerformanceUsage(0, 0, 0));
  }

  @Test
  @DisplayName("backfill by day of the fixture is one OpenCapacity row 2.0/1.0/50 (§5.3d)")
  void backfillByDay() {
    List<BackfillDayUsage> days = LegacyClusterStats.analyzeBackfillUtilizationByDay(ctx, sample);
    assertThat(days)
        .containsExactly(
            new BackfillDayUsage(LocalDate.of(2025, 1, 1), "OpenCapacity", 2.0, 1.0, 50.0));
    assertThat(sample.columns()).hasSize(12);
    assertThat(LegacyClusterStats.analyzeBackfillUtilizationByDay(ctx, LegacyFrames.empty()))
        .isEmpty();
  }

  @Test
  @DisplayName("backfill by day averages over the buckets with rows, per date")
  void backfillByDayAcrossDates() {
    List<GpuStateRow> rows = new ArrayList<>(LegacyFixtures.sampleRows());
    LocalDateTime nextDay = T0.plusDays(1);
    rows.add(
        LegacyFixtures.row(
            "backfill2_1@r", "r", "GPU-7", "Claimed", "X", 1L, "ProjA", 0.5, "u", null, nextDay));
    rows.add(
        LegacyFixtures.row(
            "backfill2@r", "r", null, "Unclaimed", "X", 1L, "ProjA", null, null, null, nextDay));
    List<BackfillDayUsage> days =
        LegacyClusterStats.analyzeBackfillUtilizationByDay(ctx, LegacyFrames.fromRows(rows));
    assertThat(days)
        .containsExactly(
            new BackfillDayUsage(LocalDate.of(2025, 1, 2), "ResearcherOwned", 1.0, 1.0, 100.0),
            new BackfillDayUsage(LocalDate.of(2025, 1, 1), "OpenCapacity", 2.0, 1.0, 50.0));
  }

  @Test
  @DisplayName("frames built from values keep NULLs and reject wrong widths")
  void fromValuesChecksWidth() {
    assertThatThrownBy(() -> LegacyFrames.fromValues(List.of(Arrays.asList("a", null))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
