package dev.frameports.usage.stats;

import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.ClassCounts;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.TimeSeriesPoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code calculate_time_series_usage} (usage-stats-spec.md §3.12): one point per sorted distinct
 * bucket of {@code bucketMinutes} (epoch-aligned), with claimed, total = claimed + unclaimed (as
 * §3.8) and {@code 100 * claimed / total} (0 when total is 0) for Priority, Shared and Backfill
 * under {@code filter_df}. Empty input gives no point.
 */
public final class TimeSeriesUsage {
  private TimeSeriesUsage() {}

  /** The time series. Cost: one plan collected. */
  public static List<TimeSeriesPoint> calculate(
      FilterContext ctx, LazyFrame df, int bucketMinutes, String host) {
    List<BucketClassCounts> buckets =
        BucketClassCounts.of(
            ctx, df, FilterMode.LEGACY, GpuClass.LEGACY, host, Duration.ofMinutes(bucketMinutes));
    List<TimeSeriesPoint> points = new ArrayList<>();
    for (BucketClassCounts b : buckets) {
      points.add(new TimeSeriesPoint(b.bucket(), counts(b, 0), counts(b, 1), counts(b, 2)));
    }
    return points;
  }

  private static ClassCounts counts(BucketClassCounts b, int classIndex) {
    long claimed = b.claimed()[classIndex];
    long total = claimed + b.unclaimed()[classIndex];
    return new ClassCounts(claimed, total, total > 0 ? 100.0 * claimed / total : 0);
  }
}
