package dev.frameports.usage.stats;

import static dev.frameports.frame.Expr.col;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.OldGpus;
import dev.frameports.usage.UsageStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The device breakdowns of usage-stats-spec.md §3.9. Per class and device: the class filter with
 * state "" over the device's rows (dedup per device and timestamp), then per bucket total =
 * distinct ids in ANY state (a union) and claimed = distinct Claimed ids; averages divide by all
 * buckets of the input, the percentage is the mean of the per-bucket ratios. A (class, device)
 * without any non-empty bucket is absent; every class has a (possibly empty) map.
 */
public final class DeviceUsage {
  private DeviceUsage() {}

  /**
   * {@code calculate_allocation_usage_by_device_enhanced}: the six classes with {@code
   * filter_df_enhanced}, devices in first-appearance order, old devices skipped unless {@code
   * includeAllDevices}. Cost: one plan collected.
   */
  public static Map<GpuClass, Map<String, UsageStats>> enhanced(
      FilterContext ctx, LazyFrame df, String host, boolean includeAllDevices) {
    return calculate(
        ctx, df, host, includeAllDevices, FilterMode.ENHANCED, GpuClass.ENHANCED_ITERATION_ORDER);
  }

  /**
   * {@code calculate_allocation_usage_by_device}: the same over Priority, Shared, Backfill with
   * {@code filter_df}. Upstream filtered per bucket; the numbers are the same (the dedup key holds
   * the timestamp), only the filtered-hosts entries are per (device, bucket). Cost: one plan.
   */
  public static Map<GpuClass, Map<String, UsageStats>> legacy(
      FilterContext ctx, LazyFrame df, String host, boolean includeAllDevices) {
    return calculate(ctx, df, host, includeAllDevices, FilterMode.LEGACY, GpuClass.LEGACY);
  }

  private static Map<GpuClass, Map<String, UsageStats>> calculate(
      FilterContext ctx,
      LazyFrame df,
      String host,
      boolean includeAllDevices,
      FilterMode mode,
      List<GpuClass> classes) {
    List<FlaggedRows.Flag> flags = new ArrayList<>();
    List<Expr> aggs = new ArrayList<>();
    aggs.add(FlaggedRows.inputRows());
    aggs.add(FlaggedRows.keptRows());
    aggs.add(
        Expr.when(col(FlaggedRows.RAW))
            .then(col(GroupedCounts.ROW))
            .otherwiseNull(DataType.INT64)
            .min()
            .alias(GroupedCounts.FIRST_ROW));
    for (int i = 0; i < classes.size(); i++) {
      String flag = "f" + i;
      flags.add(
          new FlaggedRows.Flag(
              flag, ClassRule.of(mode, classes.get(i), "", host, ctx.chtcOwned())));
      aggs.add(FlaggedRows.distinctIds(col(flag), "total" + i));
      aggs.add(FlaggedRows.distinctIds(FlaggedRows.claimed(flag), "claimed" + i));
    }
    LazyFrame indexed = df.withRowIndex(GroupedCounts.ROW);
    Frame frame =
        FlaggedRows.build(
                ctx,
                indexed,
                AllocationUsage.FIFTEEN_MINUTES,
                List.of(GpuColumns.DEVICE_NAME),
                flags)
            .groupBy(GpuColumns.DEVICE_NAME, FlaggedRows.BUCKET)
            .agg(aggs)
            .collect();
    int n = GroupedCounts.distinctBuckets(frame, FlaggedRows.BUCKET);
    Map<String, List<Integer>> devices =
        GroupedCounts.byKey(frame, GpuColumns.DEVICE_NAME, FlaggedRows.BUCKET);
    devices.keySet().removeIf(d -> !includeAllDevices && OldGpus.isOld(d));
    boolean perBucketCalls = mode == FilterMode.LEGACY;
    for (List<Integer> rows : devices.values()) {
      if (perBucketCalls) {
        rows.forEach(
            r ->
                ctx.recordFilterCall(
                    Cells.longAt(frame, r, "_rows"), Cells.longAt(frame, r, "_kept_rows")));
      } else {
        long all = rows.stream().mapToLong(r -> Cells.longAt(frame, r, "_rows")).sum();
        long kept = rows.stream().mapToLong(r -> Cells.longAt(frame, r, "_kept_rows")).sum();
        ctx.recordFilterCall(all, kept);
      }
    }
    Map<GpuClass, Map<String, UsageStats>> result = new LinkedHashMap<>();
    for (int i = 0; i < classes.size(); i++) {
      Map<String, UsageStats> byDevice = new LinkedHashMap<>();
      for (Map.Entry<String, List<Integer>> device : devices.entrySet()) {
        double pctSum = 0;
        int pctCount = 0;
        long sumClaimed = 0;
        long sumTotal = 0;
        for (int r : device.getValue()) {
          long total = Cells.longAt(frame, r, "total" + i);
          long claimed = Cells.longAt(frame, r, "claimed" + i);
          if (total > 0) {
            pctSum += 100.0 * claimed / total;
            pctCount++;
            sumClaimed += claimed;
            sumTotal += total;
          }
        }
        if (pctCount > 0) {
          byDevice.put(
              device.getKey(),
              new UsageStats((double) sumClaimed / n, (double) sumTotal / n, pctSum / pctCount, n));
        }
      }
      result.put(classes.get(i), byDevice);
    }
    return result;
  }
}
