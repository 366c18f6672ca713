package dev.frameports.usage.stats;

import static dev.frameports.usage.stats.GpuPredicates.chtcOwned;
import static dev.frameports.usage.stats.GpuPredicates.hostMatch;
import static dev.frameports.usage.stats.GpuPredicates.isBackfill;
import static dev.frameports.usage.stats.GpuPredicates.isPrimary;
import static dev.frameports.usage.stats.GpuPredicates.ppEmpty;
import static dev.frameports.usage.stats.GpuPredicates.ppEmptyOrNull;
import static dev.frameports.usage.stats.GpuPredicates.ppNonEmpty;
import static dev.frameports.usage.stats.GpuPredicates.ppPresent;
import static dev.frameports.usage.stats.GpuPredicates.stateIs;

import dev.frameports.frame.Expr;
import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuColumns;
import org.jspecify.annotations.Nullable;

/**
 * What one upstream filter call does after the host exclusions: whether it runs the rank dedup
 * first (§3.3), and the row predicate it then applies; a null predicate means the frame passes
 * through unchanged (an unknown class for that filter function).
 */
record ClassRule(boolean dedup, @Nullable Expr predicate) {

  /** The rule of {@code filter_df} / {@code filter_df_enhanced(utilization, state, host)}. */
  static ClassRule of(
      FilterMode mode, GpuClass utilization, String state, String host, ChtcOwnedHosts chtc) {
    Expr owned = chtcOwned(chtc);
    switch (utilization) {
      case PRIORITY:
        return priorityLike(ppNonEmpty(), Expr.lit(true), state, host);
      case SHARED:
        return priorityLike(ppEmpty(), Expr.lit(true), state, host);
      case BACKFILL:
        return mode == FilterMode.LEGACY
            ? backfillLike(Expr.lit(true), state, host)
            : new ClassRule(false, null);
      default:
        break;
    }
    if (mode == FilterMode.LEGACY) {
      return new ClassRule(false, null);
    }
    return switch (utilization) {
      case PRIORITY_RESEARCHER_OWNED -> priorityLike(ppNonEmpty(), owned.not(), state, host);
      case PRIORITY_CHTC_OWNED -> priorityLike(ppNonEmpty(), owned, state, host);
      case BACKFILL_RESEARCHER_OWNED -> backfillLike(ppPresent().and(owned.not()), state, host);
      case BACKFILL_CHTC_OWNED -> backfillLike(owned, state, host);
      case BACKFILL_OPEN_CAPACITY -> backfillLike(ppEmptyOrNull().and(owned.not()), state, host);
      default -> new ClassRule(false, null);
    };
  }

  /**
   * Priority, Shared and the Priority-* classes: dedup, then primary rows of the state; for
   * Unclaimed also the Claimed backfill rows (capacity the owner could take back). Any state other
   * than Claimed/Unclaimed means "any state".
   */
  private static ClassRule priorityLike(Expr pp, Expr owner, String state, String host) {
    Expr common = pp.and(hostMatch(host)).and(owner);
    Expr predicate;
    if (state.equals(GpuColumns.CLAIMED)) {
      predicate = common.and(stateIs(GpuColumns.CLAIMED)).and(isPrimary());
    } else if (state.equals(GpuColumns.UNCLAIMED)) {
      Expr idle = stateIs(GpuColumns.UNCLAIMED).and(isPrimary());
      Expr lentToBackfill = stateIs(GpuColumns.CLAIMED).and(isBackfill());
      predicate = common.and(idle.or(lentToBackfill));
    } else {
      predicate = common.and(isPrimary());
    }
    return new ClassRule(true, predicate);
  }

  /** Backfill classes: no dedup; {@code (state == "" or State == state)}, host, backfill slot. */
  private static ClassRule backfillLike(Expr extra, String state, String host) {
    Expr stateTest = state.isEmpty() ? Expr.lit(true) : stateIs(state);
    return new ClassRule(false, stateTest.and(hostMatch(host)).and(isBackfill()).and(extra));
  }
}
