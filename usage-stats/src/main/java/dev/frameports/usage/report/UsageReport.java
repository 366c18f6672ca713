package dev.frameports.usage.report;

import dev.frameports.usage.GpuClass;
import dev.frameports.usage.MemoryCategory;
import dev.frameports.usage.MonthlySummary;
import dev.frameports.usage.TimeSeriesPoint;
import dev.frameports.usage.UsageStats;
import dev.frameports.usage.UserUsage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The result of one analysis, as upstream's {@code run_analysis} returns it (usage-stats-spec.md
 * §3.13 step 4): metadata plus the sections the analysis type produces. A section that the analysis
 * does not produce is null, which is how the renderers choose their layout:
 *
 * <ul>
 *   <li>allocation grouped by device: {@code deviceStats}, {@code memoryStats}, {@code
 *       h200UserStats}, {@code backfillUserStats};
 *   <li>allocation without grouping: {@code allocationStats};
 *   <li>timeseries: {@code timeseries};
 *   <li>monthly: {@code monthly} (whose own maps carry the device, memory and H200 statistics).
 * </ul>
 *
 * <p>Maps keep their insertion order; renderers sort as the report demands.
 */
public record UsageReport(
    AnalysisType analysisType,
    ReportMetadata metadata,
    @Nullable Map<GpuClass, Map<String, UsageStats>> deviceStats,
    @Nullable Map<MemoryCategory, UsageStats> memoryStats,
    @Nullable Map<String, UserUsage> h200UserStats,
    @Nullable Map<String, UserUsage> backfillUserStats,
    @Nullable Map<GpuClass, UsageStats> allocationStats,
    @Nullable List<TimeSeriesPoint> timeseries,
    @Nullable MonthlySummary monthly) {

  public UsageReport {
    deviceStats = deviceStats == null ? null : copyNested(deviceStats);
    memoryStats = copy(memoryStats);
    h200UserStats = copy(h200UserStats);
    backfillUserStats = copy(backfillUserStats);
    allocationStats = copy(allocationStats);
    timeseries = timeseries == null ? null : List.copyOf(timeseries);
  }

  /** An allocation analysis grouped by device (the CLI default). */
  public static UsageReport byDevice(
      ReportMetadata metadata,
      Map<GpuClass, Map<String, UsageStats>> deviceStats,
      Map<MemoryCategory, UsageStats> memoryStats,
      Map<String, UserUsage> h200UserStats,
      Map<String, UserUsage> backfillUserStats) {
    return new UsageReport(
        AnalysisType.ALLOCATION,
        metadata,
        deviceStats,
        memoryStats,
        h200UserStats,
        backfillUserStats,
        null,
        null,
        null);
  }

  /** An allocation analysis without device grouping: one summary row per class. */
  public static UsageReport allocation(
      ReportMetadata metadata, Map<GpuClass, UsageStats> allocationStats) {
    return new UsageReport(
        AnalysisType.ALLOCATION, metadata, null, null, null, null, allocationStats, null, null);
  }

  /** A time-series analysis. */
  public static UsageReport timeseries(ReportMetadata metadata, List<TimeSeriesPoint> points) {
    return new UsageReport(
        AnalysisType.TIMESERIES, metadata, null, null, null, null, null, points, null);
  }

  /** A monthly analysis. */
  public static UsageReport monthly(ReportMetadata metadata, MonthlySummary summary) {
    return new UsageReport(
        AnalysisType.MONTHLY, metadata, null, null, null, null, null, null, summary);
  }

  /** The device statistics to render: the monthly summary's in monthly mode. */
  public @Nullable Map<GpuClass, Map<String, UsageStats>> effectiveDeviceStats() {
    return monthly != null ? monthly.deviceStats() : deviceStats;
  }

  /** The memory statistics to render: the monthly summary's in monthly mode. */
  public @Nullable Map<MemoryCategory, UsageStats> effectiveMemoryStats() {
    return monthly != null ? monthly.memoryStats() : memoryStats;
  }

  /** The H200 per-user statistics to render: the monthly summary's in monthly mode. */
  public @Nullable Map<String, UserUsage> effectiveH200UserStats() {
    return monthly != null ? monthly.h200UserStats() : h200UserStats;
  }

  /** This report with the runtime fields of its metadata set. */
  public UsageReport withMetadata(ReportMetadata newMetadata) {
    return new UsageReport(
        analysisType,
        newMetadata,
        deviceStats,
        memoryStats,
        h200UserStats,
        backfillUserStats,
        allocationStats,
        timeseries,
        monthly);
  }

  private static <K, V> @Nullable Map<K, V> copy(@Nullable Map<K, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  private static Map<GpuClass, Map<String, UsageStats>> copyNested(
      Map<GpuClass, Map<String, UsageStats>> map) {
    Map<GpuClass, Map<String, UsageStats>> result = new LinkedHashMap<>();
    map.forEach((k, v) -> result.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    return Collections.unmodifiableMap(result);
  }
}
