package dev.frameports.frame.plan;

/** The single input of a one-input node. */
final class PlanInputs {
  private PlanInputs() {}

  static Plan single(Plan plan) {
    if (plan instanceof Plan.Filter p) {
      return p.input();
    } else if (plan instanceof Plan.Select p) {
      return p.input();
    } else if (plan instanceof Plan.WithColumns p) {
      return p.input();
    } else if (plan instanceof Plan.WithRowIndex p) {
      return p.input();
    } else if (plan instanceof Plan.Aggregate p) {
      return p.input();
    } else if (plan instanceof Plan.Sort p) {
      return p.input();
    } else if (plan instanceof Plan.Unique p) {
      return p.input();
    } else if (plan instanceof Plan.Limit p) {
      return p.input();
    }
    throw new IllegalArgumentException("not a one-input node: " + plan.getClass().getSimpleName());
  }
}
