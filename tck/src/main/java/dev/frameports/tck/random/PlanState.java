package dev.frameports.tck.random;

import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.plan.PlanSchemas;
import dev.frameports.frame.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The plan built so far by a generator, with its columns and whether its row order is defined. */
final class PlanState {
  final SplittableRandom rnd;
  Plan plan;
  List<ColumnInfo> columns;
  boolean ordered = true;
  boolean joined;
  boolean concatenated;
  private int counter;

  PlanState(SplittableRandom rnd, Plan plan, List<ColumnInfo> columns, int counter) {
    this.rnd = rnd;
    this.plan = plan;
    this.columns = List.copyOf(columns);
    this.counter = counter;
  }

  /** A column name used nowhere else in the plan. */
  String fresh(String prefix) {
    return prefix + counter++;
  }

  /** The next unused number, for frame columns named by kind. */
  int nextIndex() {
    return counter++;
  }

  /** An expression generator over the current columns. */
  RandomExprs exprs() {
    return new RandomExprs(rnd, columns);
  }

  List<String> names() {
    return columns.stream().map(ColumnInfo::name).toList();
  }

  /** The columns that may be computed on, sorted or grouped by. */
  List<ColumnInfo> usable() {
    return columns.stream().filter(c -> !c.approximate()).toList();
  }

  boolean allUsable() {
    return columns.stream().noneMatch(ColumnInfo::approximate);
  }

  /** Moves to a new plan with new columns. */
  void advance(Plan next, List<ColumnInfo> nextColumns) {
    plan = next;
    columns = List.copyOf(nextColumns);
  }

  /**
   * Checks that the generator's idea of the columns is what {@link PlanSchemas} resolves: a
   * generator bug otherwise.
   */
  void verify() {
    Schema actual = new PlanSchemas(s -> ((Source.Memory) s).frame().schema()).schemaOf(plan);
    List<Field> expected = new ArrayList<>();
    columns.forEach(c -> expected.add(Field.of(c.name(), c.type())));
    if (!actual.equals(new Schema(expected))) {
      throw new IllegalStateException(
          "generator bug: expected " + expected + " but the plan gives " + actual);
    }
  }
}
