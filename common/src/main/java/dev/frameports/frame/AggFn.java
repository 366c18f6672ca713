package dev.frameports.frame;

/** The aggregate functions of {@link Expr.Agg}; null handling is in {@link Expr}'s comment. */
public enum AggFn {
  COUNT,
  SUM,
  MEAN,
  MIN,
  MAX,
  N_UNIQUE,
  FIRST;

  /** The lower-camel name used in printed plans, e.g. {@code nUnique}. */
  public String displayName() {
    return switch (this) {
      case COUNT -> "count";
      case SUM -> "sum";
      case MEAN -> "mean";
      case MIN -> "min";
      case MAX -> "max";
      case N_UNIQUE -> "nUnique";
      case FIRST -> "first";
    };
  }
}
