package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuColumns.CLAIMED;
import static dev.frameports.usage.GpuColumns.UNCLAIMED;

import dev.frameports.usage.ClassCounts;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.TimeSeriesPoint;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import joinery.DataFrame;

/** {@code calculate_time_series_usage} (§3.12). */
public final class LegacyTimeSeries {
  private LegacyTimeSeries() {}

  /**
   * One point per sorted distinct epoch-aligned bucket of {@code bucketMinutes}: for Priority,
   * Shared and Backfill, {@code filter_df} on the bucket's rows with "Claimed" and "Unclaimed";
   * {@code total = claimed + unclaimed} (a sum, as in §3.8) and {@code 100 * claimed / total}, or
   * 0. Empty input gives an empty list.
   *
   * @throws java.time.format.DateTimeParseException for an unparsable timestamp
   */
  public static List<TimeSeriesPoint> calculateTimeSeriesUsage(
      LegacyContext ctx, DataFrame<Object> df, int bucketMinutes, String host) {
    LegacyFrames.requireLayout(df);
    List<TimeSeriesPoint> points = new ArrayList<>();
    for (Map.Entry<LocalDateTime, DataFrame<Object>> bucket :
        LegacyFrames.byBucket(df, bucketMinutes).entrySet()) {
      DataFrame<Object> rows = bucket.getValue();
      points.add(
          new TimeSeriesPoint(
              bucket.getKey(),
              counts(ctx, rows, GpuClass.PRIORITY, host),
              counts(ctx, rows, GpuClass.SHARED, host),
              counts(ctx, rows, GpuClass.BACKFILL, host)));
    }
    return points;
  }

  private static ClassCounts counts(
      LegacyContext ctx, DataFrame<Object> rows, GpuClass c, String host) {
    long claimed =
        LegacyFrames.distinctIds(LegacyFilters.filterDf(ctx, rows, c, CLAIMED, host)).size();
    long unclaimed =
        LegacyFrames.distinctIds(LegacyFilters.filterDf(ctx, rows, c, UNCLAIMED, host)).size();
    long total = claimed + unclaimed;
    return new ClassCounts(claimed, total, total > 0 ? 100.0 * claimed / total : 0);
  }
}
