package dev.frameports.usage.legacy;

import dev.frameports.usage.MonthlySummary;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import joinery.DataFrame;
import org.jspecify.annotations.Nullable;

/** {@code calculate_monthly_summary} (§3.12). */
public final class LegacyMonthlySummary {
  private LegacyMonthlySummary() {}

  /**
   * The statistics of the calendar month before the end time. The end is {@code endTime}, else the
   * latest timestamp (resolved as in {@link LegacyLoader#getTimeFilteredData}), else now. The month
   * runs from its first day 00:00 to the next month's first day 00:00 minus 1 s; {@code total_hours
   * = days × 24}. Data come from {@code get_time_filtered_data(db, total_hours, end = next month's
   * first day 00:00:00)}, which always takes the multi-file path, both bounds inclusive (so a row
   * at exactly 00:00:00 of the next month is in). Device statistics drop old GPUs
   * (include_all_devices = False), memory statistics (which ignore that flag) and the H200 users
   * over {@code total_hours} follow; no backfill users. {@code unique_intervals} is always 0 and a
   * month without rows gives the "No data found for <Month YYYY>" summary.
   */
  public static MonthlySummary calculateMonthlySummary(
      LegacyContext ctx, Path dbPath, @Nullable LocalDateTime endTime) {
    LocalDateTime end = endTime;
    if (end == null) {
      Path parent = dbPath.toAbsolutePath().getParent();
      Path dir = parent == null ? Path.of(".") : parent;
      end =
          LegacyLoader.getLatestTimestampFromMostRecentDb(dir)
              .or(() -> LegacyLoader.maxTimestamp(dbPath))
              .orElseGet(ctx::now);
    }
    YearMonth previous = YearMonth.from(end).minusMonths(1);
    LocalDateTime monthStart = previous.atDay(1).atStartOfDay();
    LocalDateTime nextMonthStart = previous.plusMonths(1).atDay(1).atStartOfDay();
    LocalDateTime monthEnd = nextMonthStart.minusSeconds(1);
    int totalHours = previous.lengthOfMonth() * 24;
    String month =
        previous.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " "
            + previous.getYear();

    DataFrame<Object> df =
        LegacyLoader.getTimeFilteredData(ctx, dbPath, totalHours, nextMonthStart);
    if (df.isEmpty()) {
      return MonthlySummary.noData(month, monthStart, monthEnd, totalHours);
    }
    LocalDateTime first = null;
    LocalDateTime last = null;
    for (List<Object> row : df) {
      LocalDateTime ts = LegacyFrames.timestamp(row);
      first = first == null || ts.isBefore(first) ? ts : first;
      last = last == null || ts.isAfter(last) ? ts : last;
    }
    return new MonthlySummary(
        month,
        monthStart,
        monthEnd,
        totalHours,
        null,
        LegacyDeviceStats.calculateAllocationUsageByDeviceEnhanced(ctx, df, "", false),
        LegacyMemoryStats.calculateAllocationUsageByMemory(ctx, df, "", false),
        LegacyUserStats.calculateH200UserBreakdown(ctx, df, "", totalHours),
        new MonthlySummary.DataCoverage(first, last, df.length(), 0));
  }
}
