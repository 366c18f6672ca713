package dev.frameports.decision;

import org.jspecify.annotations.Nullable;

/**
 * A backend's value against the baseline's for one benchmark and data set (time or peak RSS).
 * {@link #saving} is {@code 1 - backend / baseline}: 0.30 means 30% less time (or memory). When one
 * side failed there is no ratio: a backend failure never passes a threshold, and a baseline failure
 * that the backend survives always does.
 */
record Comparison(
    String name,
    String dataSet,
    @Nullable Double baseline,
    @Nullable Double backend,
    @Nullable String backendFailure,
    @Nullable String baselineFailure) {

  /** The relative saving, +∞ if only the baseline failed, −∞ if the backend failed. */
  double saving() {
    if (backendFailure != null) {
      return Double.NEGATIVE_INFINITY;
    }
    if (baselineFailure != null) {
      return Double.POSITIVE_INFINITY;
    }
    return 1.0 - backend / baseline;
  }

  /** Whether the saving reaches {@code threshold} (0.20 for 20%). */
  boolean passes(double threshold) {
    return saving() >= threshold - 1e-12;
  }

  /** For the evidence text, e.g. {@code "week 41% (1 200 → 708 ms)"} or the failure. */
  String describe(String unit) {
    if (backendFailure != null) {
      return dataSet + " failed (" + backendFailure + ")";
    }
    if (baselineFailure != null) {
      return dataSet + " ran; the baseline failed (" + baselineFailure + ")";
    }
    return dataSet
        + " "
        + Numbers.percent(saving())
        + " ("
        + Numbers.value(baseline)
        + " → "
        + Numbers.value(backend)
        + " "
        + unit
        + ")";
  }
}
