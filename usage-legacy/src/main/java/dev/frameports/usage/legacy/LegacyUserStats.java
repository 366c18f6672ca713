package dev.frameports.usage.legacy;

import static dev.frameports.usage.legacy.LegacyFrames.DEVICE_NAME;
import static dev.frameports.usage.legacy.LegacyFrames.MACHINE;
import static dev.frameports.usage.legacy.LegacyFrames.REMOTE_OWNER;

import dev.frameports.usage.DeviceNames;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.OldGpus;
import dev.frameports.usage.UserUsage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import joinery.DataFrame;

/** Per-user GPU-hours: the H200 and backfill breakdowns (§3.11). */
public final class LegacyUserStats {
  /** The owner shown for an empty-string RemoteOwner. */
  public static final String UNKNOWN_USER = "Unknown";

  private LegacyUserStats() {}

  /**
   * {@code calculate_h200_user_breakdown}: rows with device exactly {@code NVIDIA H200} (none →
   * empty map). A non-empty host keeps rows whose MACHINE matches it as a case-insensitive regex
   * (NULL excluded) and is then ALSO passed to {@code filter_df_enhanced}, which matches it
   * case-sensitively against NAME. nB = distinct buckets of that frame. Per class of CLASS_ORDER,
   * the class's Claimed rows are grouped per bucket by RemoteOwner counting distinct ids; NULL
   * owners vanish (pandas groupby), "" becomes "Unknown". {@code gpu_hours = total / nB *
   * hoursBack}: the nominal lookback, not the observed span. Users are in first-appearance order
   * (class order, then bucket, then owner name); per user only classes with hours above 0, each
   * with its share of the user's total.
   */
  public static Map<String, UserUsage> calculateH200UserBreakdown(
      LegacyContext ctx, DataFrame<Object> df, String host, int hoursBack) {
    LegacyFrames.requireLayout(df);
    DataFrame<Object> h200 = df.select(row -> DeviceNames.H200.equals(row.get(DEVICE_NAME)));
    if (h200.isEmpty()) {
      return Map.of();
    }
    return breakdown(ctx, h200, host, hoursBack, GpuClass.CLASS_ORDER);
  }

  /**
   * {@code calculate_backfill_usage_by_user}: empty input gives an empty map; unless {@code
   * includeAllDevices}, rows whose device contains an OLD name case-insensitively are dropped (NULL
   * device kept); then the H200 procedure over the three backfill classes, nB taken from the
   * filtered frame's buckets.
   */
  public static Map<String, UserUsage> calculateBackfillUsageByUser(
      LegacyContext ctx,
      DataFrame<Object> df,
      String host,
      int hoursBack,
      boolean includeAllDevices) {
    LegacyFrames.requireLayout(df);
    if (df.isEmpty()) {
      return Map.of();
    }
    DataFrame<Object> frame =
        includeAllDevices
            ? df
            : df.select(row -> !OldGpus.isOldIgnoreCase(LegacyFrames.text(row, DEVICE_NAME)));
    return breakdown(ctx, frame, host, hoursBack, GpuClass.BACKFILL_SLOT_TYPES);
  }

  private static Map<String, UserUsage> breakdown(
      LegacyContext ctx,
      DataFrame<Object> input,
      String host,
      int hoursBack,
      List<GpuClass> slotTypes) {
    DataFrame<Object> frame = input;
    if (!host.isEmpty()) {
      Pattern machineMatch = Pattern.compile(host, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      frame =
          frame.select(
              row ->
                  row.get(MACHINE) != null
                      && machineMatch.matcher(row.get(MACHINE).toString()).find());
    }
    int nB = LegacyFrames.sortedBuckets(frame, LegacyFrames.BUCKET_MINUTES).size();
    // user -> (class -> gpu hours), in first-appearance order
    Map<String, Map<GpuClass, Double>> hours = new LinkedHashMap<>();
    for (GpuClass type : slotTypes) {
      DataFrame<Object> claimed =
          LegacyFilters.filterDfEnhanced(ctx, frame, type, "", host)
              .select(row -> LegacyPredicates.stateIs(row, GpuColumns.CLAIMED));
      Map<String, Integer> total = new LinkedHashMap<>();
      for (DataFrame<Object> bucketRows :
          LegacyFrames.byBucket(claimed, LegacyFrames.BUCKET_MINUTES).values()) {
        for (Map.Entry<String, Integer> e : distinctIdsByOwner(bucketRows).entrySet()) {
          String user = e.getKey().isEmpty() ? UNKNOWN_USER : e.getKey();
          total.merge(user, e.getValue(), Integer::sum);
        }
      }
      total.forEach(
          (user, count) ->
              hours
                  .computeIfAbsent(user, u -> new LinkedHashMap<>())
                  .put(type, (double) count / nB * hoursBack));
    }
    return UserUsage.byUser(hours, slotTypes);
  }

  /**
   * pandas {@code groupby('RemoteOwner')['AssignedGPUs'].nunique()}: NULL owners dropped, keys
   * sorted, NULL ids not counted.
   */
  private static Map<String, Integer> distinctIdsByOwner(DataFrame<Object> rows) {
    Map<String, Integer> counts = new TreeMap<>(LegacyFrames.CODE_POINT_ORDER);
    Map<Object, DataFrame<Object>> groups = rows.groupBy(row -> row.get(REMOTE_OWNER)).explode();
    groups.forEach(
        (owner, ownerRows) -> {
          if (owner != null) {
            counts.put(owner.toString(), LegacyFrames.distinctIds(ownerRows).size());
          }
        });
    return counts;
  }
}
