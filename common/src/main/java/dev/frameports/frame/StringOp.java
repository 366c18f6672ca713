package dev.frameports.frame;

/** The string predicates of {@link Expr.StringMatch}. */
public enum StringOp {
  /** Literal substring. */
  CONTAINS,
  /** Literal prefix. */
  STARTS_WITH,
  /** Literal suffix. */
  ENDS_WITH,
  /** Regular-expression search (a match anywhere in the string). */
  MATCHES
}
