package dev.frameports.usage.stats;

import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.ClusterTotals;
import dev.frameports.usage.GpuClass;
import java.util.List;

/**
 * {@code calculate_unique_cluster_totals_from_raw_data} (usage-stats-spec.md §3.12): per 15-minute
 * bucket, the claimed set is the UNION over Priority, Shared, Backfill of the Claimed ids and the
 * available set the union of their Claimed and Unclaimed ids; the result is the mean over all
 * buckets (zeros for empty input). Not used by the report.
 */
public final class ClusterTotalsCalculation {
  private ClusterTotalsCalculation() {}

  /** The averaged union sizes. Cost: one plan collected. */
  public static ClusterTotals uniqueClusterTotals(FilterContext ctx, LazyFrame df, String host) {
    List<BucketClassCounts> buckets =
        BucketClassCounts.of(
            ctx, df, FilterMode.LEGACY, GpuClass.LEGACY, host, AllocationUsage.FIFTEEN_MINUTES);
    if (buckets.isEmpty()) {
      return new ClusterTotals(0, 0);
    }
    double claimed = 0;
    double total = 0;
    for (BucketClassCounts b : buckets) {
      claimed += b.claimedUnion();
      total += b.availableUnion();
    }
    return new ClusterTotals(claimed / buckets.size(), total / buckets.size());
  }
}
