package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuColumns.CLAIMED;
import static dev.frameports.usage.GpuColumns.UNCLAIMED;
import static dev.frameports.usage.legacy.LegacyFrames.AVERAGE_USAGE;

import dev.frameports.usage.BackfillDayUsage;
import dev.frameports.usage.ClusterTotals;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.PerformanceUsage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import joinery.DataFrame;

/**
 * The statistics of §3.12 that the report does not use: unique cluster totals, performance usage
 * and backfill utilisation by day.
 */
public final class LegacyClusterStats {
  private LegacyClusterStats() {}

  /**
   * {@code calculate_unique_cluster_totals_from_raw_data}: per bucket, the claimed set is the union
   * over Priority, Shared, Backfill of {@code filter_df(bucket, c, "Claimed")} ids and the
   * available set the union of their Claimed and Unclaimed ids (a union here, unlike §3.8). Returns
   * the averages over the buckets; zeros for empty input.
   */
  public static ClusterTotals calculateUniqueClusterTotalsFromRawData(
      LegacyContext ctx, DataFrame<Object> df, String host) {
    LegacyFrames.requireLayout(df);
    TreeMap<LocalDateTime, DataFrame<Object>> buckets =
        LegacyFrames.byBucket(df, LegacyFrames.BUCKET_MINUTES);
    if (buckets.isEmpty()) {
      return new ClusterTotals(0, 0);
    }
    double claimedSum = 0;
    double totalSum = 0;
    for (DataFrame<Object> rows : buckets.values()) {
      Set<String> claimed = new HashSet<>();
      Set<String> available = new HashSet<>();
      for (GpuClass c : GpuClass.LEGACY) {
        Set<String> c1 =
            LegacyFrames.distinctIds(LegacyFilters.filterDf(ctx, rows, c, CLAIMED, host));
        Set<String> u1 =
            LegacyFrames.distinctIds(LegacyFilters.filterDf(ctx, rows, c, UNCLAIMED, host));
        claimed.addAll(c1);
        available.addAll(c1);
        available.addAll(u1);
      }
      claimedSum += claimed.size();
      totalSum += available.size();
    }
    return new ClusterTotals(claimedSum / buckets.size(), totalSum / buckets.size());
  }

  /**
   * {@code calculate_performance_usage}: per legacy class, the whole window's {@code filter_df(df,
   * c, "Claimed", host)} rows whose GPUsAverageUsage is not NULL and ≥ 0 (values above 1 are kept):
   * mean × 100, the row count, and the distinct ids. A class without such rows reports 0 %.
   */
  public static Map<GpuClass, PerformanceUsage> calculatePerformanceUsage(
      LegacyContext ctx, DataFrame<Object> df, String host) {
    LegacyFrames.requireLayout(df);
    Map<GpuClass, PerformanceUsage> result = new LinkedHashMap<>();
    for (GpuClass c : GpuClass.LEGACY) {
      DataFrame<Object> used =
          LegacyFilters.filterDf(ctx, df, c, CLAIMED, host)
              .select(
                  row -> {
                    Number usage = LegacyFrames.number(row, AVERAGE_USAGE);
                    return usage != null && usage.doubleValue() >= 0;
                  });
      List<Double> values = new ArrayList<>();
      for (List<Object> row : used) {
        values.add(LegacyFrames.number(row, AVERAGE_USAGE).doubleValue());
      }
      result.put(
          c,
          new PerformanceUsage(
              LegacyStats.mean(values) * 100,
              used.length(),
              LegacyFrames.distinctIds(used).size()));
    }
    return result;
  }

  /**
   * {@code analyze_backfill_utilization_by_day}: per backfill class (RO, CHTC, Open), F = {@code
   * filter_df_enhanced(df, c, "", "")}; per sorted distinct date of the whole frame, over the
   * buckets in which F has rows that day: average distinct ids (NULL excluded) and average distinct
   * Claimed ids, and {@code 100 * claimed / assigned} (0 when assigned is 0). A (class, date) with
   * no rows gives no output row. Upstream added {@code date} and {@code 15min_bucket} columns to
   * the caller's frame; the oracle leaves its input alone (the statistics are the same).
   */
  public static List<BackfillDayUsage> analyzeBackfillUtilizationByDay(
      LegacyContext ctx, DataFrame<Object> df) {
    LegacyFrames.requireLayout(df);
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (List<Object> row : df) {
      dates.add(LegacyFrames.timestamp(row).toLocalDate());
    }
    List<BackfillDayUsage> result = new ArrayList<>();
    for (GpuClass type : GpuClass.BACKFILL_SLOT_TYPES) {
      DataFrame<Object> f = LegacyFilters.filterDfEnhanced(ctx, df, type, "", "");
      TreeMap<LocalDateTime, DataFrame<Object>> buckets =
          LegacyFrames.byBucket(f, LegacyFrames.BUCKET_MINUTES);
      for (LocalDate date : dates) {
        double assignedSum = 0;
        double claimedSum = 0;
        int n = 0;
        for (Map.Entry<LocalDateTime, DataFrame<Object>> b : buckets.entrySet()) {
          if (!b.getKey().toLocalDate().equals(date) || b.getValue().isEmpty()) {
            continue;
          }
          assignedSum += LegacyFrames.distinctIds(b.getValue()).size();
          claimedSum += LegacyFrames.distinctIdsInState(b.getValue(), CLAIMED).size();
          n++;
        }
        if (n == 0) {
          continue;
        }
        double assigned = assignedSum / n;
        double claimed = claimedSum / n;
        result.add(
            new BackfillDayUsage(
                date,
                type.key().substring("Backfill-".length()),
                assigned,
                claimed,
                assigned > 0 ? 100 * claimed / assigned : 0));
      }
    }
    return result;
  }
}
