package dev.frameports.tck.random;

import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.lit;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.JoinType;
import dev.frameports.frame.SortKey;
import dev.frameports.frame.plan.Plan;
import java.util.List;
import java.util.Optional;

/**
 * Last steps that make a plan fail: invalid ones every backend must reject with a {@code
 * PlanException}, and probes that overflow or cast badly on some data, where every backend must
 * fail exactly when the reference does. A probe sits at the very end of the plan and outside any
 * {@code when} or {@code and}/{@code or}, so no engine may legitimately skip evaluating it.
 */
final class RandomFailures {
  private final PlanState state;

  RandomFailures(PlanState state) {
    this.state = state;
  }

  /** Appends an invalid step. */
  void invalid() {
    Plan plan = state.plan;
    Optional<ColumnInfo> any = state.columns.stream().findFirst();
    String name = any.map(ColumnInfo::name).orElse("missing");
    Plan next =
        switch (state.rnd.nextInt(8)) {
          case 0 -> new Plan.Filter(plan, col("no_such_column").gt(1));
          case 1 -> new Plan.Filter(plan, lit(1)); // not a BOOLEAN predicate
          case 2 -> new Plan.Select(plan, List.of(lit(1.5).cast(DataType.STRING)));
          case 3 -> new Plan.Filter(plan, lit("a").lt(1)); // STRING compared with INT32
          case 4 -> new Plan.Aggregate(plan, List.of(), List.of(lit("x").sum()));
          case 5 -> new Plan.Sort(plan, List.of(SortKey.asc("no_such_column")));
          case 6 -> new Plan.WithColumns(plan, List.of(lit(1).alias("dup"), lit(2).alias("dup")));
          default ->
              new Plan.Join(plan, plan, List.of(name), List.of("no_such_column"), JoinType.INNER);
        };
    state.plan = next;
  }

  /**
   * Appends a step that fails on some rows, or returns false when no column suits one. Probes read
   * a column, so no engine can fold them to a constant error before seeing the data.
   */
  boolean probe() {
    Optional<ColumnInfo> int64 = first(DataType.INT64, RandomValues.INT64_BOUND);
    Optional<ColumnInfo> int32 = first(DataType.INT32, RandomValues.INT32_BOUND);
    Optional<ColumnInfo> float64 = first(DataType.FLOAT64, RandomValues.FLOAT64_BOUND);
    Optional<ColumnInfo> words =
        state.usable().stream()
            .filter(c -> c.type() == DataType.STRING && !c.numericText())
            .findFirst();
    Expr probe =
        switch (state.rnd.nextInt(6)) {
          case 0 -> int64.map(c -> col(c.name()).add(Long.MAX_VALUE - 500)).orElse(null);
          case 1 -> int32.map(c -> col(c.name()).mul(30_000_000)).orElse(null);
          case 2 -> words.map(c -> col(c.name()).cast(DataType.INT64)).orElse(null);
          case 3 -> float64.map(c -> col(c.name()).mul(1e19).cast(DataType.INT64)).orElse(null);
          case 4 ->
              int64.map(c -> col(c.name()).mul(10_000_000L).cast(DataType.INT32)).orElse(null);
          default -> null;
        };
    if (probe != null) {
      state.plan = new Plan.WithColumns(state.plan, List.of(probe.alias(state.fresh("p"))));
      return true;
    }
    // a sum that overflows INT64 once four or so positive rows are added
    if (int64.isPresent()) {
      Expr big = col(int64.get().name()).add(Long.MAX_VALUE / 4).sum();
      state.plan = new Plan.Aggregate(state.plan, List.of(), List.of(big.alias("p")));
      return true;
    }
    return false;
  }

  private Optional<ColumnInfo> first(DataType type, long maxBound) {
    return state.usable().stream()
        .filter(c -> c.type() == type && c.bound() <= maxBound)
        .findFirst();
  }
}
