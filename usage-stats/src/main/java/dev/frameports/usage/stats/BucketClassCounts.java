package dev.frameports.usage.stats;

import static dev.frameports.frame.Expr.col;

import dev.frameports.frame.Expr;
import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuColumns;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Per time bucket and class: the distinct GPU ids of {@code filter(bucket rows, class, "Claimed")}
 * and of {@code filter(bucket rows, class, "Unclaimed")} — the inner loop of §3.8 and §3.12, as one
 * grouped plan over every bucket and class at once.
 *
 * @param bucket the bucket start
 * @param claimed per class (in the order asked), distinct Claimed ids
 * @param unclaimed per class, distinct Unclaimed ids
 * @param union distinct ids Claimed in any class, and Claimed or Unclaimed in any class
 */
record BucketClassCounts(
    LocalDateTime bucket,
    long[] claimed,
    long[] unclaimed,
    long claimedUnion,
    long availableUnion) {

  /**
   * Every bucket of {@code df} in ascending order (buckets whose rows are all excluded included).
   * Records one filtered-hosts entry per bucket, as the baseline's per-bucket filter calls do.
   * Cost: one plan collected.
   */
  static List<BucketClassCounts> of(
      FilterContext ctx,
      LazyFrame df,
      FilterMode mode,
      List<GpuClass> classes,
      String host,
      Duration bucketWidth) {
    List<FlaggedRows.Flag> flags = new ArrayList<>();
    for (int i = 0; i < classes.size(); i++) {
      GpuClass c = classes.get(i);
      flags.add(
          new FlaggedRows.Flag(
              "c" + i, ClassRule.of(mode, c, GpuColumns.CLAIMED, host, ctx.chtcOwned())));
      flags.add(
          new FlaggedRows.Flag(
              "u" + i, ClassRule.of(mode, c, GpuColumns.UNCLAIMED, host, ctx.chtcOwned())));
    }
    LazyFrame rows = FlaggedRows.build(ctx, df, bucketWidth, List.of(), flags);
    List<Expr> aggs = new ArrayList<>();
    aggs.add(FlaggedRows.inputRows());
    aggs.add(FlaggedRows.keptRows());
    Expr anyClaimed = null;
    Expr anyAvailable = null;
    for (int i = 0; i < classes.size(); i++) {
      aggs.add(FlaggedRows.distinctIds(col("c" + i), "claimed" + i));
      aggs.add(FlaggedRows.distinctIds(col("u" + i), "unclaimed" + i));
      anyClaimed = anyClaimed == null ? col("c" + i) : anyClaimed.or(col("c" + i));
      Expr available = col("c" + i).or(col("u" + i));
      anyAvailable = anyAvailable == null ? available : anyAvailable.or(available);
    }
    if (anyClaimed != null) {
      aggs.add(FlaggedRows.distinctIds(anyClaimed, "claimed_union"));
      aggs.add(FlaggedRows.distinctIds(anyAvailable, "available_union"));
    }
    Frame frame = rows.groupBy(FlaggedRows.BUCKET).agg(aggs).collect();
    List<BucketClassCounts> result = new ArrayList<>();
    List<long[]> infos = new ArrayList<>();
    for (int r = 0; r < frame.height(); r++) {
      long[] claimed = new long[classes.size()];
      long[] unclaimed = new long[classes.size()];
      for (int i = 0; i < classes.size(); i++) {
        claimed[i] = Cells.longAt(frame, r, "claimed" + i);
        unclaimed[i] = Cells.longAt(frame, r, "unclaimed" + i);
      }
      boolean unions = anyClaimed != null;
      result.add(
          new BucketClassCounts(
              Cells.timestampAt(frame, r, FlaggedRows.BUCKET),
              claimed,
              unclaimed,
              unions ? Cells.longAt(frame, r, "claimed_union") : 0,
              unions ? Cells.longAt(frame, r, "available_union") : 0));
      infos.add(new long[] {Cells.longAt(frame, r, "_rows"), Cells.longAt(frame, r, "_kept_rows")});
    }
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < result.size(); r++) {
      order.add(r);
    }
    order.sort(Comparator.comparing(r -> result.get(r).bucket()));
    List<BucketClassCounts> sorted = new ArrayList<>();
    for (int r : order) {
      sorted.add(result.get(r));
      ctx.recordFilterCall(infos.get(r)[0], infos.get(r)[1]);
    }
    return sorted;
  }
}
