package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuColumns.CLAIMED;
import static dev.frameports.usage.legacy.LegacyFrames.DEVICE_NAME;

import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.OldGpus;
import dev.frameports.usage.UsageStats;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import joinery.DataFrame;

/** The device breakdowns of §3.9. */
public final class LegacyDeviceStats {
  private LegacyDeviceStats() {}

  /**
   * {@code calculate_allocation_usage_by_device_enhanced}, the one the report uses.
   *
   * <p>Devices are the distinct non-null device names in first-appearance order (old ones skipped
   * unless {@code includeAllDevices}). For each class (PR-RO, PR-CHTC, Shared, BF-CHTC, BF-RO,
   * BF-Open) and device, {@code filter_df_enhanced} runs ONCE on the whole window's rows of that
   * device with state "" (dedup per timestamp). Per bucket of the whole frame: total = the UNION of
   * distinct ids in any State, claimed = distinct Claimed ids. So an idle prioritized GPU taken by
   * backfill leaves the denominator (dedup kept the backfill row), Drained/Owner primary rows count
   * as available, and a GPU seen Claimed and Unclaimed in one bucket counts once (§5.3e: 2.0, not
   * 3.0). Averages divide by ALL buckets; the percent is the mean of per-bucket ratios. A device
   * gets an entry only when some bucket had rows; every class has a (possibly empty) map.
   */
  public static Map<GpuClass, Map<String, UsageStats>> calculateAllocationUsageByDeviceEnhanced(
      LegacyContext ctx, DataFrame<Object> df, String host, boolean includeAllDevices) {
    LegacyFrames.requireLayout(df);
    List<LocalDateTime> buckets = LegacyFrames.sortedBuckets(df, LegacyFrames.BUCKET_MINUTES);
    Map<GpuClass, Map<String, UsageStats>> result = new LinkedHashMap<>();
    for (GpuClass c : GpuClass.ENHANCED_ITERATION_ORDER) {
      Map<String, UsageStats> stats = new LinkedHashMap<>();
      for (String device : devices(df, includeAllDevices)) {
        DataFrame<Object> filtered =
            LegacyFilters.filterDfEnhanced(ctx, rowsOfDevice(df, device), c, "", host);
        TreeMap<LocalDateTime, DataFrame<Object>> filteredBuckets =
            LegacyFrames.byBucket(filtered, LegacyFrames.BUCKET_MINUTES);
        List<DataFrame<Object>> perBucket = new ArrayList<>();
        for (LocalDateTime b : buckets) {
          DataFrame<Object> fb = filteredBuckets.get(b);
          if (fb != null && !fb.isEmpty()) {
            perBucket.add(fb);
          }
        }
        accumulate(perBucket, buckets.size()).ifPresent(s -> stats.put(device, s));
      }
      result.put(c, stats);
    }
    return result;
  }

  /**
   * {@code calculate_allocation_usage_by_device} (legacy): the same union-total, any-State logic
   * over Priority, Shared, Backfill, but {@code filter_df} runs per bucket inside the loop on that
   * bucket's rows of the device (so dedup triggers per bucket).
   */
  public static Map<GpuClass, Map<String, UsageStats>> calculateAllocationUsageByDevice(
      LegacyContext ctx, DataFrame<Object> df, String host, boolean includeAllDevices) {
    LegacyFrames.requireLayout(df);
    TreeMap<LocalDateTime, DataFrame<Object>> buckets =
        LegacyFrames.byBucket(df, LegacyFrames.BUCKET_MINUTES);
    Map<GpuClass, Map<String, UsageStats>> result = new LinkedHashMap<>();
    for (GpuClass c : GpuClass.LEGACY) {
      Map<String, UsageStats> stats = new LinkedHashMap<>();
      for (String device : devices(df, includeAllDevices)) {
        List<DataFrame<Object>> perBucket = new ArrayList<>();
        for (DataFrame<Object> bucketRows : buckets.values()) {
          DataFrame<Object> fb =
              LegacyFilters.filterDf(ctx, rowsOfDevice(bucketRows, device), c, "", host);
          if (!fb.isEmpty()) {
            perBucket.add(fb);
          }
        }
        accumulate(perBucket, buckets.size()).ifPresent(s -> stats.put(device, s));
      }
      result.put(c, stats);
    }
    return result;
  }

  /** The device names to report, first appearance first. */
  static List<String> devices(DataFrame<Object> df, boolean includeAllDevices) {
    Set<String> names = new LinkedHashSet<>();
    for (Object name : df.col(GpuColumns.DEVICE_NAME)) {
      if (name != null && (includeAllDevices || !OldGpus.isOld(name.toString()))) {
        names.add(name.toString());
      }
    }
    return new ArrayList<>(names);
  }

  private static DataFrame<Object> rowsOfDevice(DataFrame<Object> df, String device) {
    return df.select(row -> device.equals(row.get(DEVICE_NAME)));
  }

  /** The per-bucket union statistics; empty when no bucket had a GPU. */
  private static Optional<UsageStats> accumulate(List<DataFrame<Object>> nonEmptyBuckets, int n) {
    List<Double> pcts = new ArrayList<>();
    double sc = 0;
    double st = 0;
    for (DataFrame<Object> fb : nonEmptyBuckets) {
      int total = LegacyFrames.distinctIds(fb).size();
      int claimed = LegacyFrames.distinctIdsInState(fb, CLAIMED).size();
      if (total > 0) {
        pcts.add(100.0 * claimed / total);
        sc += claimed;
        st += total;
      }
    }
    if (pcts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new UsageStats(sc / n, st / n, LegacyStats.mean(pcts), n));
  }
}
