package dev.frameports.usage.stats;

import static dev.frameports.frame.Expr.col;

import dev.frameports.frame.Expr;
import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.DeviceNames;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.OldGpus;
import dev.frameports.usage.UserUsage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-user GPU-hours (usage-stats-spec.md §3.11). Per slot type: the type's Claimed rows (filter
 * with state ""), per 15-minute bucket the distinct ids per RemoteOwner (NULL owners dropped as by
 * pandas' groupby, "" shown as "Unknown"), summed over buckets; {@code gpu_hours = sum / nB *
 * hoursBack} with the NOMINAL lookback. Users in first-appearance order (type, bucket, owner); per
 * user only the types with hours above 0, each with its share of the user's total.
 */
public final class UserGpuHours {
  /** The owner shown for an empty-string RemoteOwner. */
  public static final String UNKNOWN_USER = "Unknown";

  private UserGpuHours() {}

  /**
   * {@code calculate_h200_user_breakdown}: rows of device exactly {@code NVIDIA H200}, over the six
   * classes. A non-empty host keeps rows whose Machine matches it (case-insensitive regex) and is
   * also passed to the filters (Name, case-sensitive). Cost: two plans collected.
   */
  public static Map<String, UserUsage> h200(
      FilterContext ctx, LazyFrame df, String host, int hoursBack) {
    Expr device = col(GpuColumns.DEVICE_NAME);
    LazyFrame h200 = df.filter(device.isNotNull().and(device.eq(DeviceNames.H200)));
    return breakdown(ctx, h200, host, hoursBack, GpuClass.CLASS_ORDER);
  }

  /**
   * {@code calculate_backfill_usage_by_user}: over the three backfill classes; unless {@code
   * includeAllDevices}, rows whose device contains an OLD name case-insensitively are dropped first
   * (NULL device kept). Cost: one plan collected.
   */
  public static Map<String, UserUsage> backfill(
      FilterContext ctx, LazyFrame df, String host, int hoursBack, boolean includeAllDevices) {
    LazyFrame frame = df;
    if (!includeAllDevices) {
      Expr device = col(GpuColumns.DEVICE_NAME);
      Expr old = null;
      for (String name : OldGpus.OLD) {
        Expr hit = device.contains(name, true);
        old = old == null ? hit : old.or(hit);
      }
      frame = frame.filter(device.isNull().or(old.not()));
    }
    return breakdown(ctx, frame, host, hoursBack, GpuClass.BACKFILL_SLOT_TYPES);
  }

  private static Map<String, UserUsage> breakdown(
      FilterContext ctx, LazyFrame input, String host, int hoursBack, List<GpuClass> types) {
    LazyFrame frame = host.isEmpty() ? input : input.filter(GpuPredicates.machineMatches(host));
    List<FlaggedRows.Flag> flags = new ArrayList<>();
    List<Expr> aggs = new ArrayList<>();
    aggs.add(FlaggedRows.inputRows());
    aggs.add(FlaggedRows.keptRows());
    for (int i = 0; i < types.size(); i++) {
      String flag = "f" + i;
      flags.add(
          new FlaggedRows.Flag(
              flag, ClassRule.of(FilterMode.ENHANCED, types.get(i), "", host, ctx.chtcOwned())));
      aggs.add(FlaggedRows.distinctIds(FlaggedRows.claimed(flag), "ids" + i));
      aggs.add(FlaggedRows.rows(FlaggedRows.claimed(flag), "n" + i));
    }
    // Rows (not only distinct ids) decide which owners appear, so the dedup runs only when the
    // baseline's global trigger fires on this frame.
    boolean dedup =
        types.stream().anyMatch(t -> !t.isBackfill())
            && RankDedup.hasDuplicateIds(frame.filter(GpuPredicates.notExcluded(ctx.exclusions())));
    Frame frame0 =
        FlaggedRows.build(ctx, frame, AllocationUsage.FIFTEEN_MINUTES, List.of(), flags, dedup)
            .groupBy(FlaggedRows.BUCKET, GpuColumns.REMOTE_OWNER)
            .agg(aggs)
            .collect();
    if (frame0.height() == 0) {
      return Map.of();
    }
    ctx.recordFilterCall(sum(frame0, "_rows"), sum(frame0, "_kept_rows"));
    int nB = GroupedCounts.distinctBuckets(frame0, FlaggedRows.BUCKET);
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < frame0.height(); r++) {
      if (frame0.get(r, GpuColumns.REMOTE_OWNER) != null) {
        order.add(r);
      }
    }
    order.sort(
        Comparator.comparing((Integer r) -> (LocalDateTime) frame0.get(r, FlaggedRows.BUCKET))
            .thenComparing(
                r -> Cells.stringAt(frame0, r, GpuColumns.REMOTE_OWNER), Cells.CODE_POINT_ORDER));
    Map<String, Map<GpuClass, Double>> hours = new LinkedHashMap<>();
    for (int i = 0; i < types.size(); i++) {
      Map<String, Long> total = new LinkedHashMap<>();
      for (int r : order) {
        if (Cells.longAt(frame0, r, "n" + i) == 0) {
          continue;
        }
        String owner = Cells.stringAt(frame0, r, GpuColumns.REMOTE_OWNER);
        String user = owner.isEmpty() ? UNKNOWN_USER : owner;
        total.merge(user, Cells.longAt(frame0, r, "ids" + i), Long::sum);
      }
      GpuClass type = types.get(i);
      total.forEach(
          (user, count) ->
              hours
                  .computeIfAbsent(user, u -> new LinkedHashMap<>())
                  .put(type, (double) count / nB * hoursBack));
    }
    return UserUsage.byUser(hours, types);
  }

  private static long sum(Frame frame, String column) {
    long total = 0;
    for (int r = 0; r < frame.height(); r++) {
      total += Cells.longAt(frame, r, column);
    }
    return total;
  }
}
