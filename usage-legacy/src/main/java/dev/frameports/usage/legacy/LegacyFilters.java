package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuColumns.CLAIMED;
import static dev.frameports.usage.GpuColumns.UNCLAIMED;
import static dev.frameports.usage.legacy.LegacyPredicates.chtcOwned;
import static dev.frameports.usage.legacy.LegacyPredicates.isBackfill;
import static dev.frameports.usage.legacy.LegacyPredicates.stateIs;

import dev.frameports.usage.GpuClass;
import java.util.List;
import java.util.function.Predicate;
import joinery.DataFrame;

/**
 * {@code filter_df}, {@code filter_df_enhanced} and the counting functions (§3.4, §3.5).
 *
 * <p>Every call copies the frame, applies the host exclusions (recording the filtered-hosts entry
 * in the context), then branches on the class. Priority, Shared and the two Priority-* classes run
 * the rank dedup (§3.3) first; the backfill classes never do. {@code state} is "", "Claimed" or
 * "Unclaimed"; for the primary classes any other value behaves as "", for the backfill classes it
 * is compared with State.
 */
public final class LegacyFilters {
  private LegacyFilters() {}

  /** The signature shared by {@code filter_df} and {@code filter_df_enhanced}. */
  @FunctionalInterface
  interface ClassFilter {
    DataFrame<Object> filter(
        LegacyContext ctx, DataFrame<Object> df, GpuClass utilization, String state, String host);
  }

  /**
   * {@code filter_df} (§3.4), the legacy three classes. Backfill: {@code (state=="" or
   * State==state)} and host and backfill, no dedup. Priority: dedup, then PP != "" (TRUE for NULL)
   * with the Claimed / Unclaimed (A or B) / "" variants; Unclaimed (B) counts a backfill-Claimed
   * row as unclaimed capacity. Shared: the same with PP == "" (NULL excluded), no chtc_owned check.
   * Any other class: the frame after exclusions only.
   *
   * @throws IllegalArgumentException when the frame lacks the gpu_state columns (pandas KeyError)
   */
  public static DataFrame<Object> filterDf(
      LegacyContext ctx, DataFrame<Object> df, GpuClass utilization, String state, String host) {
    LegacyFrames.requireLayout(df);
    DataFrame<Object> frame = LegacyPredicates.applyExclusions(ctx, df);
    Predicate<List<Object>> hostMatch = LegacyPredicates.hostMatcher(host);
    switch (utilization) {
      case BACKFILL:
        return backfill(frame, state, hostMatch, row -> true);
      case PRIORITY:
        return primary(LegacyDedup.apply(frame), state, hostMatch, LegacyPredicates::ppNonEmpty);
      case SHARED:
        return primary(LegacyDedup.apply(frame), state, hostMatch, LegacyPredicates::ppEmpty);
      default:
        return frame;
    }
  }

  /**
   * {@code filter_df_enhanced} (§3.5), the six report classes. Priority-ResearcherOwned and
   * Priority-CHTCOwned are Priority restricted to not-chtc_owned / chtc_owned machines; Shared and
   * legacy Priority are exactly {@link #filterDf}'s. Backfill-ResearcherOwned needs PP neither ""
   * nor NULL and not chtc_owned; Backfill-CHTCOwned needs chtc_owned (PP ignored);
   * Backfill-OpenCapacity needs PP "" or NULL and not chtc_owned — each judged on the backfill
   * slot's own PP. Any other class, legacy Backfill included: the frame after exclusions only.
   *
   * @throws IllegalArgumentException when the frame lacks the gpu_state columns (pandas KeyError)
   */
  public static DataFrame<Object> filterDfEnhanced(
      LegacyContext ctx, DataFrame<Object> df, GpuClass utilization, String state, String host) {
    LegacyFrames.requireLayout(df);
    DataFrame<Object> frame = LegacyPredicates.applyExclusions(ctx, df);
    Predicate<List<Object>> hostMatch = LegacyPredicates.hostMatcher(host);
    switch (utilization) {
      case PRIORITY_RESEARCHER_OWNED:
        return primary(
            LegacyDedup.apply(frame),
            state,
            hostMatch,
            row -> LegacyPredicates.ppNonEmpty(row) && !chtcOwned(ctx, row));
      case PRIORITY_CHTC_OWNED:
        return primary(
            LegacyDedup.apply(frame),
            state,
            hostMatch,
            row -> LegacyPredicates.ppNonEmpty(row) && chtcOwned(ctx, row));
      case SHARED:
        return primary(LegacyDedup.apply(frame), state, hostMatch, LegacyPredicates::ppEmpty);
      case PRIORITY:
        return primary(LegacyDedup.apply(frame), state, hostMatch, LegacyPredicates::ppNonEmpty);
      case BACKFILL_RESEARCHER_OWNED:
        return backfill(
            frame,
            state,
            hostMatch,
            row -> LegacyPredicates.ppPresent(row) && !chtcOwned(ctx, row));
      case BACKFILL_CHTC_OWNED:
        return backfill(frame, state, hostMatch, row -> chtcOwned(ctx, row));
      case BACKFILL_OPEN_CAPACITY:
        return backfill(
            frame,
            state,
            hostMatch,
            row -> LegacyPredicates.ppEmptyOrNull(row) && !chtcOwned(ctx, row));
      default:
        return frame;
    }
  }

  /** {@code count_backfill}: rows of {@code filter_df(df, "Backfill", state, host)}. */
  public static int countBackfill(
      LegacyContext ctx, DataFrame<Object> df, String state, String host) {
    return filterDf(ctx, df, GpuClass.BACKFILL, state, host).length();
  }

  /** {@code count_shared}: rows (not GPUs) of {@code filter_df(df, "Shared", state, host)}. */
  public static int countShared(
      LegacyContext ctx, DataFrame<Object> df, String state, String host) {
    return filterDf(ctx, df, GpuClass.SHARED, state, host).length();
  }

  /** {@code count_prioritized}: rows of {@code filter_df(df, "Priority", state, host)}. */
  public static int countPrioritized(
      LegacyContext ctx, DataFrame<Object> df, String state, String host) {
    return filterDf(ctx, df, GpuClass.PRIORITY, state, host).length();
  }

  /** {@code count_backfill_researcher_owned}: rows of the enhanced Backfill-ResearcherOwned. */
  public static int countBackfillResearcherOwned(
      LegacyContext ctx, DataFrame<Object> df, String state, String host) {
    return filterDfEnhanced(ctx, df, GpuClass.BACKFILL_RESEARCHER_OWNED, state, host).length();
  }

  /** {@code count_backfill_chtc_owned}: rows of the enhanced Backfill-CHTCOwned. */
  public static int countBackfillChtcOwned(
      LegacyContext ctx, DataFrame<Object> df, String state, String host) {
    return filterDfEnhanced(ctx, df, GpuClass.BACKFILL_CHTC_OWNED, state, host).length();
  }

  /** {@code count_glidein}: rows of the enhanced Backfill-OpenCapacity. */
  public static int countGlidein(
      LegacyContext ctx, DataFrame<Object> df, String state, String host) {
    return filterDfEnhanced(ctx, df, GpuClass.BACKFILL_OPEN_CAPACITY, state, host).length();
  }

  /** Backfill slots: {@code (state=="" or State==state)} and host and backfill and ownership. */
  private static DataFrame<Object> backfill(
      DataFrame<Object> frame,
      String state,
      Predicate<List<Object>> hostMatch,
      Predicate<List<Object>> ownership) {
    return frame.select(
        row ->
            (state.isEmpty() || stateIs(row, state))
                && hostMatch.test(row)
                && isBackfill(row)
                && ownership.test(row));
  }

  /**
   * Primary slots after dedup. Claimed: Claimed primary rows. Unclaimed: (A) Unclaimed primary rows
   * or (B) Claimed backfill rows. Anything else: primary rows in any State.
   */
  private static DataFrame<Object> primary(
      DataFrame<Object> frame,
      String state,
      Predicate<List<Object>> hostMatch,
      Predicate<List<Object>> ownership) {
    if (CLAIMED.equals(state)) {
      return frame.select(
          row ->
              ownership.test(row)
                  && stateIs(row, CLAIMED)
                  && hostMatch.test(row)
                  && !isBackfill(row));
    }
    if (UNCLAIMED.equals(state)) {
      return frame.select(
          row ->
              (ownership.test(row)
                      && stateIs(row, UNCLAIMED)
                      && hostMatch.test(row)
                      && !isBackfill(row))
                  || (ownership.test(row)
                      && stateIs(row, CLAIMED)
                      && hostMatch.test(row)
                      && isBackfill(row)));
    }
    return frame.select(row -> ownership.test(row) && hostMatch.test(row) && !isBackfill(row));
  }
}
