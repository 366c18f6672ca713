package dev.frameports.tck.random;

import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Seeded random plans over small random in-memory frames, for the differential test. The same seed
 * always gives the same plan (records compare structurally, frames included).
 *
 * <p>A plan is a scan followed by one to six steps: filter, withColumns, select, groupBy/agg, sort,
 * unique, join, concat, limit, withRowIndex. The generator tracks whether the row order is defined
 * by the contract and only adds the steps whose result is then defined: limit, withRowIndex, {@code
 * first()} and unique on a subset need a defined order. About 3% of plans end in an invalid step
 * and about 7% in a probe that may fail at run time (see {@link GeneratedPlan.Kind}).
 */
public final class RandomPlans {
  private RandomPlans() {}

  /** The plan of a seed. */
  public static GeneratedPlan generate(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<RandomFrames.Spec> specs = new ArrayList<>();
    int width = rnd.nextInt(3, 7);
    for (int c = 0; c < width; c++) {
      specs.add(RandomFrames.randomSpec(rnd, c));
    }
    RandomFrames.Generated input = RandomFrames.frame(rnd, specs);
    PlanState state =
        new PlanState(rnd, new Plan.Scan(Source.of(input.frame())), input.columns(), width);
    RandomSteps steps = new RandomSteps(state);
    RandomAggregates aggregates = new RandomAggregates(state);
    RandomJoins joins = new RandomJoins(state);
    // weights: how often each step is tried
    List<BooleanSupplier> menu = new ArrayList<>();
    add(menu, 3, steps::filter);
    add(menu, 3, steps::withColumns);
    add(menu, 2, steps::select);
    add(menu, 2, aggregates::aggregate);
    add(menu, 3, steps::sort);
    add(menu, 2, steps::unique);
    add(menu, 2, joins::join);
    add(menu, 1, steps::concat);
    add(menu, 2, steps::limit);
    add(menu, 1, steps::withRowIndex);
    int count = rnd.nextInt(1, 7);
    for (int i = 0; i < count; i++) {
      while (!RandomValues.pick(rnd, menu).getAsBoolean()) {
        // a step that does not apply here: draw another (filter always applies)
      }
      state.verify();
    }
    GeneratedPlan.Kind kind = GeneratedPlan.Kind.VALID;
    int ending = rnd.nextInt(100);
    if (ending < 3) {
      new RandomFailures(state).invalid();
      kind = GeneratedPlan.Kind.INVALID;
    } else if (ending < 10 && new RandomFailures(state).probe()) {
      kind = GeneratedPlan.Kind.PROBE;
    }
    return new GeneratedPlan(seed, state.plan, state.ordered, kind);
  }

  private static void add(List<BooleanSupplier> menu, int weight, BooleanSupplier step) {
    for (int i = 0; i < weight; i++) {
      menu.add(step);
    }
  }
}
