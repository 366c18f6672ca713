package dev.frameports.tck.random;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.Keep;
import dev.frameports.frame.SortKey;
import dev.frameports.frame.plan.Plan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order-preserving steps of a random plan (filter, withColumns, select, sort, unique, concat,
 * limit, withRowIndex). Each returns false when it does not apply to the current state; the caller
 * then tries another.
 */
final class RandomSteps {
  private final PlanState state;

  RandomSteps(PlanState state) {
    this.state = state;
  }

  boolean filter() {
    int depth = state.rnd.nextInt(3) == 0 ? 2 : 1;
    state.advance(new Plan.Filter(state.plan, state.exprs().predicate(depth)), state.columns);
    return true;
  }

  /** New columns, columns replaced by an alias, and unaliased ones named by their first column. */
  boolean withColumns() {
    RandomExprs exprs = state.exprs();
    List<ColumnInfo> columns = new ArrayList<>(state.columns);
    List<Expr> computed = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    int count = 1 + state.rnd.nextInt(2);
    for (int i = 0; i < count; i++) {
      TypedExpr typed = exprs.any(2);
      String name;
      int k = state.rnd.nextInt(4);
      if (k < 2) {
        name = state.fresh("x");
      } else if (k < 3) {
        name = RandomValues.pick(state.rnd, state.names());
      } else {
        name = typed.expr().outputName();
      }
      if (!taken.add(name)) {
        name = state.fresh("x");
        taken.add(name);
      }
      Expr expr = name.equals(typed.expr().outputName()) ? typed.expr() : typed.expr().alias(name);
      computed.add(expr);
      put(columns, ColumnInfo.of(name, typed));
    }
    state.advance(new Plan.WithColumns(state.plan, computed), columns);
    return true;
  }

  private static void put(List<ColumnInfo> columns, ColumnInfo column) {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).name().equals(column.name())) {
        columns.set(c, column);
        return;
      }
    }
    columns.add(column);
  }

  /** Some columns in a random order, plus computed ones. */
  boolean select() {
    List<ColumnInfo> shuffled = shuffled(state.columns);
    int keep = state.rnd.nextInt(1, shuffled.size() + 1);
    List<ColumnInfo> columns = new ArrayList<>(shuffled.subList(0, keep));
    List<Expr> exprs = new ArrayList<>();
    columns.forEach(c -> exprs.add(Expr.col(c.name())));
    RandomExprs generator = state.exprs();
    int extra = state.rnd.nextInt(3);
    for (int i = 0; i < extra; i++) {
      TypedExpr typed = generator.any(2);
      String name = state.fresh("x");
      int at = state.rnd.nextInt(exprs.size() + 1);
      exprs.add(at, typed.expr().alias(name));
      columns.add(at, ColumnInfo.of(name, typed));
    }
    state.advance(new Plan.Select(state.plan, exprs), columns);
    return true;
  }

  /**
   * A stable sort by a few keys keeps a defined order defined; on an unordered input only a sort by
   * every column defines one (rows equal in every column are interchangeable).
   */
  boolean sort() {
    List<ColumnInfo> usable = state.usable();
    if (usable.isEmpty()) {
      return false;
    }
    List<ColumnInfo> keys;
    if (!state.ordered && state.allUsable() && state.rnd.nextInt(5) < 3) {
      keys = shuffled(state.columns);
      state.ordered = true;
    } else {
      List<ColumnInfo> shuffled = shuffled(usable);
      keys = shuffled.subList(0, state.rnd.nextInt(1, Math.min(3, shuffled.size()) + 1));
    }
    List<SortKey> sortKeys = new ArrayList<>();
    for (ColumnInfo key : keys) {
      sortKeys.add(new SortKey(key.name(), state.rnd.nextBoolean(), state.rnd.nextBoolean()));
    }
    state.advance(new Plan.Sort(state.plan, sortKeys), state.columns);
    return true;
  }

  /**
   * Which duplicate survives is defined only in a defined order; without one only a unique over all
   * columns has a defined result.
   */
  boolean unique() {
    Keep keep = state.rnd.nextBoolean() ? Keep.FIRST : Keep.LAST;
    List<String> subset = new ArrayList<>();
    if (state.ordered && (state.rnd.nextInt(3) > 0 || !state.allUsable())) {
      List<ColumnInfo> usable = shuffled(state.usable());
      if (usable.isEmpty()) {
        return false;
      }
      usable
          .subList(0, state.rnd.nextInt(1, Math.min(2, usable.size()) + 1))
          .forEach(c -> subset.add(c.name()));
    } else if (!state.allUsable()) {
      return false;
    }
    state.advance(new Plan.Unique(state.plan, subset, keep), state.columns);
    return true;
  }

  /** The plan with itself, or with a filtered copy of itself, once per plan. */
  boolean concat() {
    if (state.concatenated) {
      return false;
    }
    Plan other =
        state.rnd.nextBoolean()
            ? state.plan
            : new Plan.Filter(state.plan, state.exprs().predicate(1));
    List<Plan> inputs =
        state.rnd.nextBoolean() ? List.of(state.plan, other) : List.of(other, state.plan);
    state.concatenated = true;
    state.advance(new Plan.Concat(inputs), state.columns);
    return true;
  }

  boolean limit() {
    if (!state.ordered) {
      return false;
    }
    state.advance(new Plan.Limit(state.plan, state.rnd.nextInt(0, 45)), state.columns);
    return true;
  }

  boolean withRowIndex() {
    if (!state.ordered) {
      return false;
    }
    String name = state.fresh("idx");
    List<ColumnInfo> columns = new ArrayList<>();
    columns.add(new ColumnInfo(name, DataType.INT64, 10_000, true, false, false));
    columns.addAll(state.columns);
    state.advance(new Plan.WithRowIndex(state.plan, name), columns);
    return true;
  }

  private List<ColumnInfo> shuffled(List<ColumnInfo> columns) {
    List<ColumnInfo> copy = new ArrayList<>(columns);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = state.rnd.nextInt(i + 1);
      copy.set(j, copy.set(i, copy.get(j)));
    }
    return copy;
  }
}
