package dev.frameports.usage.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frameports.usage.UsageStats;

/** Float comparisons with the house tolerance 1e-9. */
final class UsageAssert {
  static final double TOLERANCE = 1e-9;

  private UsageAssert() {}

  static void assertStats(
      UsageStats actual, double claimed, double total, double percent, int intervals) {
    assertThat(actual).as("statistics").isNotNull();
    assertThat(actual.avgClaimed()).as("avg_claimed").isCloseTo(claimed, within(TOLERANCE));
    assertThat(actual.avgTotalAvailable())
        .as("avg_total_available")
        .isCloseTo(total, within(TOLERANCE));
    assertThat(actual.allocationUsagePercent())
        .as("allocation_usage_percent")
        .isCloseTo(percent, within(TOLERANCE));
    assertThat(actual.numIntervals()).as("num_intervals").isEqualTo(intervals);
  }

  static void assertClose(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(TOLERANCE));
  }
}
