package dev.frameports.usage.equivalence;

import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.legacy.LegacyContext;
import dev.frameports.usage.stats.FilterContext;
import joinery.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * One statistic computed both ways on the same rows: the oracle's function on a Joinery frame and
 * the port's on a lazy frame, each with a fresh context holding the dataset's CHTC-owned hosts and
 * exclusions. The results must be equal models ({@link ModelDiff}).
 *
 * @param name shown in the test name, upstream's function name plus its arguments
 * @param scope the datasets it runs on
 */
record Statistic(String name, Legacy legacy, Port port, Scope scope) {

  /** Which datasets a statistic runs on; the narrower scopes keep the suite fast. */
  enum Scope {
    /** The hand-made fixtures and probes (row-level checks). */
    FIXTURES,
    /** The fixtures and the datasets checked with variants (host filter, widths, old GPUs). */
    SMALL,
    /** Every dataset. */
    ALL;

    boolean includes(Dataset ds) {
      return switch (this) {
        case FIXTURES -> ds.depth() == Dataset.Depth.ROWS;
        case SMALL -> ds.depth() == Dataset.Depth.ROWS || ds.depth() == Dataset.Depth.VARIANTS;
        case ALL -> true;
      };
    }
  }

  /** The oracle side. */
  @FunctionalInterface
  interface Legacy {
    @Nullable Object run(LegacyContext ctx, DataFrame<Object> df, Dataset ds);
  }

  /** The port side. */
  @FunctionalInterface
  interface Port {
    @Nullable Object run(FilterContext ctx, LazyFrame df, Dataset ds);
  }

  static Statistic of(String name, Legacy legacy, Port port) {
    return new Statistic(name, legacy, port, Scope.ALL);
  }

  static Statistic small(String name, Legacy legacy, Port port) {
    return new Statistic(name, legacy, port, Scope.SMALL);
  }

  static Statistic fixturesOnly(String name, Legacy legacy, Port port) {
    return new Statistic(name, legacy, port, Scope.FIXTURES);
  }

  @Override
  public String toString() {
    return name;
  }
}
