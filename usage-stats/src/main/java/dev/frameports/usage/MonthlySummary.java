package dev.frameports.usage;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code calculate_monthly_summary} (usage-stats-spec.md §3.12): the statistics of the calendar
 * month before the end time. When that month has no data, {@link #error()} says so and the maps are
 * empty.
 *
 * @param month e.g. {@code November 2025}
 * @param startDate the first of the month, 00:00:00
 * @param endDate the first of the next month, 00:00:00, minus one second
 * @param totalHours days in the month times 24
 * @param error {@code No data found for <Month YYYY>}, or null when there is data
 * @param deviceStats device statistics per class, old devices dropped
 * @param memoryStats memory-category statistics
 * @param h200UserStats the H200 per-user GPU-hours over {@code totalHours}
 * @param dataCoverage what was loaded; null together with an error
 */
public record MonthlySummary(
    String month,
    LocalDateTime startDate,
    LocalDateTime endDate,
    int totalHours,
    @Nullable String error,
    Map<GpuClass, Map<String, UsageStats>> deviceStats,
    Map<MemoryCategory, UsageStats> memoryStats,
    Map<String, UserUsage> h200UserStats,
    @Nullable DataCoverage dataCoverage) {

  public MonthlySummary {
    Map<GpuClass, Map<String, UsageStats>> devices = new LinkedHashMap<>();
    deviceStats.forEach(
        (c, m) -> devices.put(c, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    deviceStats = Collections.unmodifiableMap(devices);
    memoryStats = Collections.unmodifiableMap(new LinkedHashMap<>(memoryStats));
    h200UserStats = Collections.unmodifiableMap(new LinkedHashMap<>(h200UserStats));
  }

  /** The summary of a month without data. */
  public static MonthlySummary noData(
      String month, LocalDateTime startDate, LocalDateTime endDate, int totalHours) {
    return new MonthlySummary(
        month,
        startDate,
        endDate,
        totalHours,
        "No data found for " + month,
        Map.of(),
        Map.of(),
        Map.of(),
        null);
  }

  /** True when the month had no data. */
  public boolean hasError() {
    return error != null;
  }

  /**
   * The rows the summary was computed from. {@code uniqueIntervals} is always 0 at the baseline:
   * the bucket column it counts is never added to that frame (§7 item 12).
   */
  public record DataCoverage(
      LocalDateTime startTime, LocalDateTime endTime, long totalRecords, int uniqueIntervals) {}
}
