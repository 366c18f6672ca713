package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuColumns.CLAIMED;
import static dev.frameports.usage.GpuColumns.UNCLAIMED;

import dev.frameports.usage.GpuClass;
import dev.frameports.usage.UsageStats;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import joinery.DataFrame;

/** {@code calculate_allocation_usage} and its enhanced twin (§3.8). */
public final class LegacyAllocation {
  private LegacyAllocation() {}

  /**
   * {@code calculate_allocation_usage}: the legacy classes Priority, Shared, Backfill through
   * {@code filter_df}. See {@link #calculateAllocationUsageEnhanced} for the algorithm and quirks.
   */
  public static Map<GpuClass, UsageStats> calculateAllocationUsage(
      LegacyContext ctx, DataFrame<Object> df, String host) {
    return allocation(ctx, df, host, GpuClass.LEGACY, LegacyFilters::filterDf);
  }

  /**
   * {@code calculate_allocation_usage_enhanced}: the six classes through {@code
   * filter_df_enhanced}, inserted in the upstream iteration order PR-RO, PR-CHTC, Shared, BF-CHTC,
   * BF-RO, BF-Open.
   *
   * <p>Per sorted 15-minute bucket the filter runs separately on the bucket's rows (so dedup
   * triggers per bucket) for "Claimed" and "Unclaimed"; {@code total = claimed + unclaimed} is a
   * SUM, not a union, so a GPU seen Claimed and Unclaimed in one bucket counts twice (§5.3e).
   * {@code avg_claimed} and {@code avg_total_available} divide by ALL buckets, empty ones included;
   * the percent is the mean of the per-bucket ratios over the non-empty buckets only. Empty input
   * gives zeros with N = 0.
   *
   * @throws java.time.format.DateTimeParseException for an unparsable timestamp
   */
  public static Map<GpuClass, UsageStats> calculateAllocationUsageEnhanced(
      LegacyContext ctx, DataFrame<Object> df, String host) {
    return allocation(
        ctx, df, host, GpuClass.ENHANCED_ITERATION_ORDER, LegacyFilters::filterDfEnhanced);
  }

  private static Map<GpuClass, UsageStats> allocation(
      LegacyContext ctx,
      DataFrame<Object> df,
      String host,
      List<GpuClass> classes,
      LegacyFilters.ClassFilter filter) {
    LegacyFrames.requireLayout(df);
    TreeMap<LocalDateTime, DataFrame<Object>> buckets =
        LegacyFrames.byBucket(df, LegacyFrames.BUCKET_MINUTES);
    int n = buckets.size();
    Map<GpuClass, UsageStats> result = new LinkedHashMap<>();
    for (GpuClass c : classes) {
      List<Double> pcts = new ArrayList<>();
      double sumClaimed = 0;
      double sumTotal = 0;
      for (DataFrame<Object> bucketRows : buckets.values()) {
        int claimed =
            LegacyFrames.distinctIds(filter.filter(ctx, bucketRows, c, CLAIMED, host)).size();
        int unclaimed =
            LegacyFrames.distinctIds(filter.filter(ctx, bucketRows, c, UNCLAIMED, host)).size();
        int total = claimed + unclaimed;
        if (total > 0) {
          pcts.add(100.0 * claimed / total);
          sumClaimed += claimed;
          sumTotal += total;
        }
      }
      result.put(
          c,
          new UsageStats(
              n == 0 ? 0 : sumClaimed / n, n == 0 ? 0 : sumTotal / n, LegacyStats.mean(pcts), n));
    }
    return result;
  }
}
