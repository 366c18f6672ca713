package dev.frameports.tck.random;

import dev.frameports.frame.plan.Plan;

/**
 * A generated plan and what the differential test may assume about it.
 *
 * @param seed the seed that reproduces it with {@link RandomPlans#generate(long)}
 * @param ordered whether the output row order is defined by the contract (compare in order) or not
 *     (compare as multisets)
 * @param kind whether the plan is expected to run, may fail at run time, or must be rejected
 */
public record GeneratedPlan(long seed, Plan plan, boolean ordered, Kind kind) {

  /** What running the plan is expected to do. */
  public enum Kind {
    /** Valid and never fails at run time. */
    VALID,
    /**
     * Valid, but its last step may raise an {@code EvaluationException} (overflow, a bad cast)
     * depending on the data.
     */
    PROBE,
    /** Fails validation with a {@code PlanException}. */
    INVALID
  }
}
