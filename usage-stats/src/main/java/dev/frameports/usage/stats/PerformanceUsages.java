package dev.frameports.usage.stats;

import static dev.frameports.frame.Expr.col;

import dev.frameports.frame.Expr;
import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.PerformanceUsage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code calculate_performance_usage} (usage-stats-spec.md §3.12): per legacy class, the whole
 * window's {@code filter_df(df, class, "Claimed", host)} rows whose GPUsAverageUsage is not NULL
 * and ≥ 0 (values above 1 are kept): the mean × 100 (0 without rows), the row count and the
 * distinct ids. Row counts depend on the dedup trigger, so this uses the exact filter functions.
 * Not used by the report.
 */
public final class PerformanceUsages {
  private PerformanceUsages() {}

  /**
   * Priority, Shared, Backfill in that order. Cost: per class one aggregate, plus the trigger and
   * exclusion aggregates of {@link SlotClassFilters}.
   */
  public static Map<GpuClass, PerformanceUsage> calculate(
      FilterContext ctx, LazyFrame df, String host) {
    Map<GpuClass, PerformanceUsage> result = new LinkedHashMap<>();
    Expr usage = col(GpuColumns.AVERAGE_USAGE);
    for (GpuClass c : GpuClass.LEGACY) {
      Frame stats =
          SlotClassFilters.filterDf(ctx, df, c, GpuColumns.CLAIMED, host)
              .filter(usage.isNotNull().and(usage.ge(0)))
              .agg(
                  usage.mean().alias("mean"),
                  Expr.len().alias("records"),
                  col(GpuColumns.ASSIGNED_GPUS).nUnique().alias("gpus"))
              .collect();
      Double mean = Cells.doubleAt(stats, 0, "mean");
      result.put(
          c,
          new PerformanceUsage(
              mean == null ? 0 : mean * 100,
              Cells.longAt(stats, 0, "records"),
              Cells.longAt(stats, 0, "gpus")));
    }
    return result;
  }
}
