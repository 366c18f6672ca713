package dev.frameports.usage.stats;

import static dev.frameports.frame.Expr.col;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.MemoryCategory;
import dev.frameports.usage.UsageStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code calculate_allocation_usage_by_memory} (usage-stats-spec.md §3.10), "real slots" only: per
 * memory category, for each bucket the SUM over the classes PR-RO, PR-CHTC, Shared of distinct ids
 * (total) and of distinct Claimed ids; averages over the buckets WITH data and the percentage as a
 * ratio of those averages. {@code include_all_devices} is ignored, as at the baseline.
 */
public final class MemoryUsage {
  static final String CATEGORY = "_memory_category";

  private MemoryUsage() {}

  /**
   * The statistics per category label, categories in first-appearance order; a category without
   * data is absent. Cost: one plan collected.
   */
  public static Map<MemoryCategory, UsageStats> byMemory(
      FilterContext ctx, LazyFrame df, String host) {
    List<GpuClass> classes = GpuClass.REAL;
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
              flag, ClassRule.of(FilterMode.ENHANCED, classes.get(i), "", host, ctx.chtcOwned())));
      aggs.add(FlaggedRows.distinctIds(col(flag), "total" + i));
      aggs.add(FlaggedRows.distinctIds(FlaggedRows.claimed(flag), "claimed" + i));
    }
    LazyFrame categorized =
        df.withRowIndex(GroupedCounts.ROW).withColumns(category().alias(CATEGORY));
    Frame frame =
        FlaggedRows.build(
                ctx, categorized, AllocationUsage.FIFTEEN_MINUTES, List.of(CATEGORY), flags)
            .groupBy(CATEGORY, FlaggedRows.BUCKET)
            .agg(aggs)
            .collect();
    Map<MemoryCategory, UsageStats> result = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> category :
        GroupedCounts.byKey(frame, CATEGORY, FlaggedRows.BUCKET).entrySet()) {
      List<Integer> rows = category.getValue();
      ctx.recordFilterCall(
          rows.stream().mapToLong(r -> Cells.longAt(frame, r, "_rows")).sum(),
          rows.stream().mapToLong(r -> Cells.longAt(frame, r, "_kept_rows")).sum());
      long sumClaimed = 0;
      long sumTotal = 0;
      int k = 0;
      for (int r : rows) {
        long bucketClaimed = 0;
        long bucketTotal = 0;
        for (int i = 0; i < classes.size(); i++) {
          bucketClaimed += Cells.longAt(frame, r, "claimed" + i);
          bucketTotal += Cells.longAt(frame, r, "total" + i);
        }
        if (bucketTotal > 0) {
          sumClaimed += bucketClaimed;
          sumTotal += bucketTotal;
          k++;
        }
      }
      if (k > 0) {
        double avgClaimed = (double) sumClaimed / k;
        double avgTotal = (double) sumTotal / k;
        result.put(
            MemoryCategory.fromLabel(category.getKey()),
            new UsageStats(avgClaimed, avgTotal, 100 * avgClaimed / avgTotal, k));
      }
    }
    return result;
  }

  /**
   * {@code get_memory_category_from_mb} as an expression (§3.1): NULL or ≤ 0 is Unknown; with gb =
   * MB/1024: below 44 is <48GB, up to 50 is 48GB, 75 to 85 is 80GB, above 80 (so above 85) is
   * >80GB, and the gap 50–75 falls back to <48GB.
   */
  static Expr category() {
    Expr mb = col(GpuColumns.GLOBAL_MEMORY_MB);
    Expr gb = mb.div(1024.0);
    return Expr.when(mb.isNull().or(mb.le(0)))
        .then(MemoryCategory.UNKNOWN.label())
        .when(gb.lt(44))
        .then(MemoryCategory.BELOW_48GB.label())
        .when(gb.le(50))
        .then(MemoryCategory.GB_48.label())
        .when(gb.ge(75).and(gb.le(85)))
        .then(MemoryCategory.GB_80.label())
        .when(gb.gt(80))
        .then(MemoryCategory.ABOVE_80GB.label())
        .otherwise(MemoryCategory.BELOW_48GB.label());
  }
}
