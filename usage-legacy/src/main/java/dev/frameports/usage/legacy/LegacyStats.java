package dev.frameports.usage.legacy;

import java.util.List;

/** Small numeric helpers shared by the statistics. */
final class LegacyStats {
  private LegacyStats() {}

  /**
   * The mean of the values in order, or 0 for none (upstream {@code mean(pcts) if pcts else 0}).
   */
  static double mean(List<Double> values) {
    if (values.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.size();
  }
}
