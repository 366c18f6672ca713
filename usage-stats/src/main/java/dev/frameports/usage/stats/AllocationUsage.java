package dev.frameports.usage.stats;

import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.UsageStats;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code calculate_allocation_usage} and {@code calculate_allocation_usage_enhanced}
 * (usage-stats-spec.md §3.8): per class, claimed = distinct Claimed ids per 15-minute bucket, total
 * = claimed + distinct Unclaimed ids (a sum, not a union: a GPU seen in both states in one bucket
 * counts twice); {@code avg_claimed} and {@code avg_total_available} divide by ALL buckets, the
 * percentage is the mean of the per-bucket ratios over the non-empty buckets only.
 */
public final class AllocationUsage {
  static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

  private AllocationUsage() {}

  /**
   * The six report classes, in the baseline's iteration order (PR-RO, PR-CHTC, Shared, BF-CHTC,
   * BF-RO, BF-Open). Cost: one plan collected.
   */
  public static Map<GpuClass, UsageStats> enhanced(FilterContext ctx, LazyFrame df, String host) {
    return calculate(ctx, df, FilterMode.ENHANCED, GpuClass.ENHANCED_ITERATION_ORDER, host);
  }

  /** The legacy classes Priority, Shared, Backfill with {@code filter_df}. Cost: one plan. */
  public static Map<GpuClass, UsageStats> legacy(FilterContext ctx, LazyFrame df, String host) {
    return calculate(ctx, df, FilterMode.LEGACY, GpuClass.LEGACY, host);
  }

  private static Map<GpuClass, UsageStats> calculate(
      FilterContext ctx, LazyFrame df, FilterMode mode, List<GpuClass> classes, String host) {
    List<BucketClassCounts> buckets =
        BucketClassCounts.of(ctx, df, mode, classes, host, FIFTEEN_MINUTES);
    int n = buckets.size();
    Map<GpuClass, UsageStats> result = new LinkedHashMap<>();
    for (int i = 0; i < classes.size(); i++) {
      double pctSum = 0;
      int pctCount = 0;
      long sumClaimed = 0;
      long sumTotal = 0;
      for (BucketClassCounts b : buckets) {
        long claimed = b.claimed()[i];
        long total = claimed + b.unclaimed()[i];
        if (total > 0) {
          pctSum += 100.0 * claimed / total;
          pctCount++;
          sumClaimed += claimed;
          sumTotal += total;
        }
      }
      result.put(
          classes.get(i),
          new UsageStats(
              n == 0 ? 0 : (double) sumClaimed / n,
              n == 0 ? 0 : (double) sumTotal / n,
              pctCount == 0 ? 0 : pctSum / pctCount,
              n));
    }
    return result;
  }
}
