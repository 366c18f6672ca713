package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuColumns.CLAIMED;
import static dev.frameports.usage.legacy.LegacyFrames.GLOBAL_MEMORY_MB;

import dev.frameports.usage.GpuClass;
import dev.frameports.usage.MemoryCategory;
import dev.frameports.usage.UsageStats;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import joinery.DataFrame;

/** {@code calculate_allocation_usage_by_memory}: "Real slots" by memory category (§3.10). */
public final class LegacyMemoryStats {
  private LegacyMemoryStats() {}

  /**
   * Categories come from {@code GPUs_GlobalMemoryMb} (NULL, NaN, ≤0 → Unknown), in first-appearance
   * order. For each category, {@code filter_df_enhanced(rows of the category, c, "", host)} for c
   * in PR-RO, PR-CHTC, Shared over the whole window; per bucket the claimed and total distinct-id
   * counts are SUMMED over the three classes (not a union). Buckets whose total is 0 are skipped:
   * averages divide by the k buckets WITH data, and the percent is the RATIO OF THE AVERAGES,
   * {@code 100 * (sc/k) / (st/k)}. Categories with k = 0 are left out.
   *
   * <p>{@code includeAllDevices} is ignored, as at the baseline: old GPUs stay in although the
   * report calls the table "(filtered)" (§7 item 12). The input frame is not modified (upstream
   * added a category column to its cached frame).
   */
  public static Map<MemoryCategory, UsageStats> calculateAllocationUsageByMemory(
      LegacyContext ctx, DataFrame<Object> df, String host, boolean includeAllDevices) {
    LegacyFrames.requireLayout(df);
    Map<MemoryCategory, UsageStats> result = new LinkedHashMap<>();
    for (MemoryCategory category : categories(df)) {
      DataFrame<Object> rows = df.select(row -> category(row) == category);
      List<TreeMap<LocalDateTime, DataFrame<Object>>> perClass = new ArrayList<>();
      for (GpuClass c : GpuClass.REAL) {
        DataFrame<Object> filtered = LegacyFilters.filterDfEnhanced(ctx, rows, c, "", host);
        perClass.add(LegacyFrames.byBucket(filtered, LegacyFrames.BUCKET_MINUTES));
      }
      double sc = 0;
      double st = 0;
      int k = 0;
      for (LocalDateTime b : LegacyFrames.sortedBuckets(rows, LegacyFrames.BUCKET_MINUTES)) {
        int bucketClaimed = 0;
        int bucketTotal = 0;
        for (TreeMap<LocalDateTime, DataFrame<Object>> classBuckets : perClass) {
          DataFrame<Object> fb = classBuckets.get(b);
          if (fb != null) {
            bucketClaimed += LegacyFrames.distinctIdsInState(fb, CLAIMED).size();
            bucketTotal += LegacyFrames.distinctIds(fb).size();
          }
        }
        if (bucketTotal > 0) {
          sc += bucketClaimed;
          st += bucketTotal;
          k++;
        }
      }
      if (k > 0) {
        double avgClaimed = sc / k;
        double avgTotal = st / k;
        result.put(category, new UsageStats(avgClaimed, avgTotal, 100 * avgClaimed / avgTotal, k));
      }
    }
    return result;
  }

  /** The memory category of a row, from its memory size. */
  static MemoryCategory category(List<Object> row) {
    return MemoryCategory.fromMb(LegacyFrames.number(row, GLOBAL_MEMORY_MB));
  }

  private static Set<MemoryCategory> categories(DataFrame<Object> df) {
    Set<MemoryCategory> seen = new LinkedHashSet<>();
    for (List<Object> row : df) {
      seen.add(category(row));
    }
    return seen;
  }
}
