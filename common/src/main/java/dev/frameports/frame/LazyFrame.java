package dev.frameports.frame;

import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A lazy query: a {@link Plan} bound to the {@link Backend} that will run it. Immutable; every verb
 * returns a new frame and costs nothing. Work happens only at the three documented cost points:
 * {@link #schema()} (source metadata), {@link #explain()} (planning) and {@link #collect()} or a
 * sink (everything).
 *
 * <p>Row order: see {@link Plan}. Null semantics: see {@link Expr}. The backend is not owned: the
 * caller that created it closes it, after the last frame is collected.
 */
public final class LazyFrame {
  private final Backend backend;
  private final Plan plan;

  private LazyFrame(Backend backend, Plan plan) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  /** A frame reading {@code source} on {@code backend}. */
  public static LazyFrame scan(Backend backend, Source source) {
    return new LazyFrame(backend, new Plan.Scan(source));
  }

  /** A frame running an existing plan on {@code backend}. */
  public static LazyFrame of(Backend backend, Plan plan) {
    return new LazyFrame(backend, plan);
  }

  LazyFrame derive(Plan next) {
    return new LazyFrame(backend, next);
  }

  public Plan plan() {
    return plan;
  }

  public Backend backend() {
    return backend;
  }

  /** Keeps rows whose predicate is true; null and false drop the row. Streams. */
  public LazyFrame filter(Expr predicate) {
    return derive(new Plan.Filter(plan, predicate));
  }

  /** Exactly these scalar expressions as columns. Streams. */
  public LazyFrame select(Expr... exprs) {
    return derive(new Plan.Select(plan, List.of(exprs)));
  }

  /** Exactly these columns, in this order. */
  public LazyFrame select(String... columns) {
    return derive(new Plan.Select(plan, Arrays.stream(columns).map(Expr::col).toList()));
  }

  /** Adds or replaces columns, each computed from the input. Streams. */
  public LazyFrame withColumns(Expr... exprs) {
    return derive(new Plan.WithColumns(plan, List.of(exprs)));
  }

  /** Prepends an INT64 row number from 0, in input order. Streams. */
  public LazyFrame withRowIndex(String name) {
    return derive(new Plan.WithRowIndex(plan, name));
  }

  /** Starts a grouped aggregation by the named key columns. */
  public GroupBy groupBy(String... keys) {
    return new GroupBy(this, List.of(keys));
  }

  /** Starts a grouped aggregation by the named key columns. */
  public GroupBy groupBy(List<String> keys) {
    return new GroupBy(this, keys);
  }

  /** A global aggregation: exactly one row. */
  public LazyFrame agg(Expr... aggs) {
    return groupBy().agg(aggs);
  }

  /** A stable sort. Cost: a pipeline breaker that holds the input. */
  public LazyFrame sort(SortKey... keys) {
    return derive(new Plan.Sort(plan, List.of(keys)));
  }

  /** A stable ascending sort (nulls last) by the named columns. */
  public LazyFrame sort(String... columns) {
    return derive(new Plan.Sort(plan, Arrays.stream(columns).map(SortKey::asc).toList()));
  }

  /** Distinct rows over all columns, first occurrence kept, input order kept. */
  public LazyFrame unique() {
    return derive(new Plan.Unique(plan, List.of(), Keep.FIRST));
  }

  /**
   * One row per distinct {@code subset} value, the first or last occurrence, survivors in input
   * order. Cost: holds one state per distinct key.
   */
  public LazyFrame unique(List<String> subset, Keep keep) {
    return derive(new Plan.Unique(plan, subset, keep));
  }

  /** An equi-join on same-named key columns. */
  public LazyFrame join(LazyFrame right, List<String> on, JoinType type) {
    return join(right, on, on, type);
  }

  /**
   * An equi-join; see {@link Plan.Join} for the output columns. Cost: holds the right side.
   *
   * @throws IllegalArgumentException when the frames belong to different backends
   */
  public LazyFrame join(LazyFrame right, List<String> leftOn, List<String> rightOn, JoinType type) {
    requireSameBackend(right);
    return derive(new Plan.Join(plan, right.plan, leftOn, rightOn, type));
  }

  /** This frame's rows followed by the others' (equal schemas). Streams. */
  public LazyFrame concat(LazyFrame... others) {
    List<Plan> inputs = new ArrayList<>();
    inputs.add(plan);
    for (LazyFrame other : others) {
      requireSameBackend(other);
      inputs.add(other.plan);
    }
    return derive(new Plan.Concat(inputs));
  }

  /** The first {@code n} rows. Streams and stops reading early where the backend can. */
  public LazyFrame limit(long n) {
    return derive(new Plan.Limit(plan, n));
  }

  /** The output schema, validated. Cost: source metadata only. */
  public Schema schema() {
    return backend.schema(plan);
  }

  /** How the backend would run this plan (its SQL or operator tree). Runs nothing. */
  public String explain() {
    return backend.explain(plan);
  }

  /** Runs the plan; the rows end up on the heap. */
  public Frame collect() {
    return backend.collect(plan);
  }

  /** Runs the plan into one Parquet file, written atomically. */
  public void sinkParquet(Path target) {
    backend.sinkParquet(plan, target);
  }

  /** Runs the plan into one CSV file with a header, written atomically. */
  public void sinkCsv(Path target) {
    backend.sinkCsv(plan, target);
  }

  private void requireSameBackend(LazyFrame other) {
    if (other.backend != backend) {
      throw new IllegalArgumentException(
          "frames belong to different backend instances ("
              + backend.name()
              + ", "
              + other.backend.name()
              + ")");
    }
  }

  @Override
  public String toString() {
    return "LazyFrame on "
        + backend.name()
        + "\n"
        + dev.frameports.frame.plan.PlanPrinter.print(plan);
  }
}
