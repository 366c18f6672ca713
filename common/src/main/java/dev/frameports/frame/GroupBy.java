package dev.frameports.frame;

import dev.frameports.frame.plan.Plan;
import java.util.List;

/** The pending {@code groupBy(keys)} of a {@link LazyFrame}; finish it with {@link #agg}. */
public final class GroupBy {
  private final LazyFrame input;
  private final List<String> keys;

  GroupBy(LazyFrame input, List<String> keys) {
    this.input = input;
    this.keys = List.copyOf(keys);
  }

  /**
   * One row per distinct key combination: the keys, then one column per aggregate ({@code
   * col("x").sum()}, {@code len()}, ...). Output order is unspecified. Cost: a pipeline breaker
   * that holds one state per group.
   */
  public LazyFrame agg(Expr... aggs) {
    return agg(List.of(aggs));
  }

  /** As {@link #agg(Expr...)}. */
  public LazyFrame agg(List<Expr> aggs) {
    return input.derive(new Plan.Aggregate(input.plan(), keys, aggs));
  }
}
