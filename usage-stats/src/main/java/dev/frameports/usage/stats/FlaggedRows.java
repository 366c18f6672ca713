package dev.frameports.usage.stats;

import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.lit;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.GpuColumns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The set-based form of "for each class, call the filter function": the input rows with a bucket
 * column and one BOOLEAN column per {@link Flag}, true where the row survives that filter call.
 *
 * <p>Shape: the concatenation of
 *
 * <ul>
 *   <li>a RAW part, every input row (so every bucket shows up, and the exclusion counts of the
 *       filtered-hosts info can be taken), flags of the rules without dedup, {@link #RAW} true;
 *   <li>a DEDUP part, the rows after exclusion and the rank dedup of §3.3 (partitioned as the
 *       caller says), flags of the rules with dedup, {@link #RAW} false.
 * </ul>
 *
 * A flag is false in the part that does not serve its rule, so a grouped aggregate over the whole
 * frame sees every class correctly. The dedup always runs here: for distinct-id counts it equals
 * the baseline's "only when triggered" (without a duplicate id it keeps every non-null id).
 */
final class FlaggedRows {
  static final String BUCKET = "_bucket";
  static final String RAW = "_raw";
  static final String KEPT = "_kept";

  /** One filter call to flag: its column name and rule. */
  record Flag(String name, ClassRule rule) {}

  private FlaggedRows() {}

  /**
   * The flagged rows of {@code df}. Cost: none (lazy); reads source metadata for the column list.
   */
  static LazyFrame build(
      FilterContext ctx, LazyFrame df, Duration bucket, List<String> partition, List<Flag> flags) {
    return build(ctx, df, bucket, partition, flags, true);
  }

  /**
   * As {@link #build(FilterContext, LazyFrame, Duration, List, List)}; with {@code dedup} false the
   * rules that would dedup take their rows from the raw part instead (the baseline when the dedup
   * trigger does not fire), which matters where rows, not distinct ids, are counted.
   */
  static LazyFrame build(
      FilterContext ctx,
      LazyFrame df,
      Duration bucket,
      List<String> partition,
      List<Flag> flags,
      boolean dedup) {
    LazyFrame base =
        df.withColumns(
            col(GpuColumns.TIMESTAMP).truncate(bucket).alias(BUCKET),
            GpuPredicates.notExcluded(ctx.exclusions()).alias(KEPT));
    List<Expr> rawFlags = new ArrayList<>();
    List<Expr> dedupFlags = new ArrayList<>();
    rawFlags.add(lit(true).alias(RAW));
    dedupFlags.add(lit(false).alias(RAW));
    boolean anyDedup = false;
    for (Flag flag : flags) {
      Expr predicate = flag.rule().predicate();
      if (predicate == null) {
        rawFlags.add(col(KEPT).alias(flag.name()));
        dedupFlags.add(lit(false).alias(flag.name()));
      } else if (flag.rule().dedup() && dedup) {
        anyDedup = true;
        rawFlags.add(lit(false).alias(flag.name()));
        dedupFlags.add(truth(predicate).alias(flag.name()));
      } else {
        rawFlags.add(truth(col(KEPT).and(predicate)).alias(flag.name()));
        dedupFlags.add(lit(false).alias(flag.name()));
      }
    }
    LazyFrame raw = base.withColumns(rawFlags.toArray(Expr[]::new));
    if (!anyDedup) {
      return raw;
    }
    LazyFrame deduped =
        RankDedup.apply(base.filter(col(KEPT)), partition)
            .withColumns(dedupFlags.toArray(Expr[]::new));
    return raw.concat(deduped);
  }

  /** A predicate made two-valued: null counts as false. */
  static Expr truth(Expr predicate) {
    return Expr.when(predicate).then(true).otherwise(false);
  }

  /** The distinct non-null GPU ids of the rows where {@code condition} is true. */
  static Expr distinctIds(Expr condition, String alias) {
    return Expr.when(condition)
        .then(col(GpuColumns.ASSIGNED_GPUS))
        .otherwiseNull(DataType.STRING)
        .nUnique()
        .alias(alias);
  }

  /** The number of rows where {@code condition} is true (INT64). */
  static Expr rows(Expr condition, String alias) {
    return Expr.when(condition).then(1L).otherwise(0L).sum().alias(alias);
  }

  /** Input rows of the group (the raw part), for the filtered-hosts info. */
  static Expr inputRows() {
    return rows(col(RAW), "_rows");
  }

  /** Input rows of the group that survive the exclusions. */
  static Expr keptRows() {
    return rows(col(RAW).and(col(KEPT)), "_kept_rows");
  }

  /** The Claimed rows among {@code flag}'s. */
  static Expr claimed(String flag) {
    return col(flag).and(GpuPredicates.stateIs(GpuColumns.CLAIMED));
  }
}
