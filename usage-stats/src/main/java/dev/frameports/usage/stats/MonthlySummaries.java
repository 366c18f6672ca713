package dev.frameports.usage.stats;

import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.spi.Backend;
import dev.frameports.usage.MonthlySummary;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** {@code calculate_monthly_summary} (usage-stats-spec.md §3.12). */
public final class MonthlySummaries {
  private MonthlySummaries() {}

  /**
   * The statistics of the calendar month before the end time. The end is {@code endTime}, else the
   * latest timestamp ({@link GpuStateLoader#latestTimestamp}). The month runs from its first day
   * 00:00 to the next month's first day 00:00 minus 1 s; {@code total_hours = days × 24}. The data
   * come from {@link GpuStateLoader#load} with {@code end = next month's first day 00:00:00}, which
   * always takes the multi-file path with both bounds inclusive. Device statistics drop old GPUs,
   * memory statistics follow, then the H200 users over {@code total_hours}; no backfill users.
   * {@code unique_intervals} is always 0 (§7 item 12). A month without rows gives the "No data
   * found for <Month YYYY>" summary.
   *
   * <p>Cost: the month's rows are read once into memory, then five plans collected.
   */
  public static MonthlySummary calculate(
      Backend backend, FilterContext ctx, Path dbPath, @Nullable LocalDateTime endTime) {
    LocalDateTime end = endTime != null ? endTime : GpuStateLoader.latestTimestamp(dbPath);
    YearMonth previous = YearMonth.from(end).minusMonths(1);
    LocalDateTime monthStart = previous.atDay(1).atStartOfDay();
    LocalDateTime nextMonthStart = previous.plusMonths(1).atDay(1).atStartOfDay();
    LocalDateTime monthEnd = nextMonthStart.minusSeconds(1);
    int totalHours = previous.lengthOfMonth() * 24;
    String month =
        previous.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " "
            + previous.getYear();
    LazyFrame df =
        UsageAnalysis.materialize(
            backend, GpuStateLoader.load(backend, dbPath, totalHours, nextMonthStart));
    WindowSummary window = WindowSummary.of(df);
    if (window.records() == 0) {
      return MonthlySummary.noData(month, monthStart, monthEnd, totalHours);
    }
    return new MonthlySummary(
        month,
        monthStart,
        monthEnd,
        totalHours,
        null,
        DeviceUsage.enhanced(ctx, df, "", false),
        MemoryUsage.byMemory(ctx, df, ""),
        UserGpuHours.h200(ctx, df, "", totalHours),
        new MonthlySummary.DataCoverage(window.start(), window.end(), window.records(), 0));
  }
}
