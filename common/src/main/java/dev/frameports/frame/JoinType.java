package dev.frameports.frame;

/** How {@link LazyFrame#join} pairs rows. Null keys never match. */
public enum JoinType {
  /** Pairs of matching rows. */
  INNER,
  /** Every left row; right columns null where nothing matches. */
  LEFT,
  /** Left rows that have at least one match, once each; left columns only. */
  SEMI,
  /** Left rows that have no match; left columns only. */
  ANTI
}
