package dev.frameports.tck.random;

import dev.frameports.frame.AggFn;
import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/** The {@code groupBy(keys).agg(..)} step: zero to two keys, one to four aggregates. */
final class RandomAggregates {
  /** Generated plans stay below this many rows (40 rows, one concat, one join). */
  private static final long MAX_ROWS = 10_000;

  /** Sum inputs stay below this bound, so no sum can overflow INT64. */
  private static final long SUM_INPUT_LIMIT = 1_000_000_000_000L;

  private final PlanState state;

  RandomAggregates(PlanState state) {
    this.state = state;
  }

  /** Applies the step; the output order is unspecified afterwards. */
  boolean aggregate() {
    List<ColumnInfo> usable = new ArrayList<>(state.usable());
    List<ColumnInfo> columns = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    int keyCount = state.rnd.nextInt(5) == 0 ? 0 : state.rnd.nextInt(1, 3);
    for (int i = 0; i < keyCount && !usable.isEmpty(); i++) {
      ColumnInfo key = usable.remove(state.rnd.nextInt(usable.size()));
      keys.add(key.name());
      columns.add(key);
    }
    RandomExprs exprs = state.exprs();
    List<Expr> aggs = new ArrayList<>();
    boolean lenNamed = state.names().contains("len");
    int count = state.rnd.nextInt(1, 5);
    for (int i = 0; i < count; i++) {
      AggFn fn = fn();
      if (fn == null && !lenNamed) {
        lenNamed = true; // the default name, "len", once
        aggs.add(Expr.len());
        columns.add(counter("len"));
        continue;
      }
      String name = state.fresh("g");
      if (fn == null) {
        aggs.add(Expr.len().alias(name));
        columns.add(counter(name));
        continue;
      }
      TypedExpr input = fn == AggFn.SUM || fn == AggFn.MEAN ? exprs.numeric(1) : exprs.any(1);
      if (input.bound() > SUM_INPUT_LIMIT && fn == AggFn.SUM) {
        fn = AggFn.COUNT;
      }
      aggs.add(new Expr.Agg(fn, input.expr()).alias(name));
      columns.add(result(name, fn, input));
    }
    state.ordered = false;
    state.advance(new Plan.Aggregate(state.plan, keys, aggs), columns);
    return true;
  }

  /** A random aggregate function; null for {@code len()}. {@code first} needs a defined order. */
  private AggFn fn() {
    // FIRST is the last constant of AggFn, so only an ordered input reaches it
    int k = state.rnd.nextInt(state.ordered ? 8 : 7);
    return k == 0 ? null : AggFn.values()[k - 1];
  }

  private static ColumnInfo counter(String name) {
    return new ColumnInfo(name, DataType.INT64, MAX_ROWS, true, false, false);
  }

  private static ColumnInfo result(String name, AggFn fn, TypedExpr input) {
    return switch (fn) {
      case COUNT, N_UNIQUE -> counter(name);
      case SUM ->
          new ColumnInfo(
              name,
              input.type() == DataType.FLOAT64 ? DataType.FLOAT64 : DataType.INT64,
              input.bound() * MAX_ROWS,
              input.dyadic(),
              !input.dyadic(),
              false);
      // a mean is a division engines may do in another order: pass it through only
      case MEAN -> new ColumnInfo(name, DataType.FLOAT64, input.bound(), false, true, false);
      case MIN, MAX, FIRST ->
          new ColumnInfo(
              name, input.type(), input.bound(), input.dyadic(), false, input.numericText());
    };
  }
}
