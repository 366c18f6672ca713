package dev.frameports.usage.stats;

import dev.frameports.frame.Expr;
import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.GpuClass;

/**
 * {@code filter_df} and {@code filter_df_enhanced} (usage-stats-spec.md §3.4, §3.5) and the
 * counting functions built on them. Each call applies the host exclusions (recording the
 * filtered-hosts entry), then, for Priority-like classes, the rank dedup of §3.3 exactly as the
 * baseline: only when the global trigger fires (so NULL-id rows collapse and rows are re-ordered
 * only then), then the class predicate. A class the function does not know passes through.
 *
 * <p>Cost per call: one aggregate collected for the exclusion counts (only when exclusions are set)
 * and one for the dedup trigger (Priority-like classes); the returned frame is lazy.
 */
public final class SlotClassFilters {
  private SlotClassFilters() {}

  /** {@code filter_df(df, utilization, state, host)}: Priority, Shared or Backfill. */
  public static LazyFrame filterDf(
      FilterContext ctx, LazyFrame df, GpuClass utilization, String state, String host) {
    return filter(ctx, df, FilterMode.LEGACY, utilization, state, host);
  }

  /** {@code filter_df_enhanced(df, utilization, state, host)}: the six classes (and legacy). */
  public static LazyFrame filterDfEnhanced(
      FilterContext ctx, LazyFrame df, GpuClass utilization, String state, String host) {
    return filter(ctx, df, FilterMode.ENHANCED, utilization, state, host);
  }

  /** {@code count_backfill}: rows of {@code filter_df(df, Backfill, state, host)}. */
  public static long countBackfill(FilterContext ctx, LazyFrame df, String state, String host) {
    return count(filterDf(ctx, df, GpuClass.BACKFILL, state, host));
  }

  /** {@code count_shared}: rows of {@code filter_df(df, Shared, state, host)}. */
  public static long countShared(FilterContext ctx, LazyFrame df, String state, String host) {
    return count(filterDf(ctx, df, GpuClass.SHARED, state, host));
  }

  /** {@code count_prioritized}: rows of {@code filter_df(df, Priority, state, host)}. */
  public static long countPrioritized(FilterContext ctx, LazyFrame df, String state, String host) {
    return count(filterDf(ctx, df, GpuClass.PRIORITY, state, host));
  }

  /** {@code count_backfill_researcher_owned}: rows of the enhanced Backfill-ResearcherOwned. */
  public static long countBackfillResearcherOwned(
      FilterContext ctx, LazyFrame df, String state, String host) {
    return count(filterDfEnhanced(ctx, df, GpuClass.BACKFILL_RESEARCHER_OWNED, state, host));
  }

  /** {@code count_backfill_chtc_owned}: rows of the enhanced Backfill-CHTCOwned. */
  public static long countBackfillChtcOwned(
      FilterContext ctx, LazyFrame df, String state, String host) {
    return count(filterDfEnhanced(ctx, df, GpuClass.BACKFILL_CHTC_OWNED, state, host));
  }

  /** {@code count_glidein}: rows of the enhanced Backfill-OpenCapacity. */
  public static long countGlidein(FilterContext ctx, LazyFrame df, String state, String host) {
    return count(filterDfEnhanced(ctx, df, GpuClass.BACKFILL_OPEN_CAPACITY, state, host));
  }

  /** The row count of a frame. Cost: one aggregate collected. */
  static long count(LazyFrame frame) {
    Frame counted = frame.agg(Expr.len().alias("n")).collect();
    return Cells.longAt(counted, 0, "n");
  }

  private static LazyFrame filter(
      FilterContext ctx,
      LazyFrame df,
      FilterMode mode,
      GpuClass utilization,
      String state,
      String host) {
    LazyFrame kept = applyExclusions(ctx, df);
    ClassRule rule = ClassRule.of(mode, utilization, state, host, ctx.chtcOwned());
    if (rule.predicate() == null) {
      return kept;
    }
    LazyFrame cleaned = rule.dedup() ? RankDedup.applyIfTriggered(kept) : kept;
    return cleaned.filter(rule.predicate());
  }

  /** The exclusions of §3.2, recording the entry when rows were dropped. */
  static LazyFrame applyExclusions(FilterContext ctx, LazyFrame df) {
    if (ctx.exclusions().isEmpty()) {
      return df;
    }
    Expr keep = GpuPredicates.notExcluded(ctx.exclusions());
    Frame counts = df.agg(Expr.len().alias("n"), FlaggedRows.rows(keep, "kept")).collect();
    ctx.recordFilterCall(Cells.longAt(counts, 0, "n"), Cells.longAt(counts, 0, "kept"));
    return df.filter(keep);
  }
}
