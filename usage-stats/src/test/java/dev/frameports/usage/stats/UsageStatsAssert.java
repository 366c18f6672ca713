package dev.frameports.usage.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frameports.usage.UsageStats;

/** Float comparisons of the four usage numbers within the golden tolerance. */
final class UsageStatsAssert {
  private UsageStatsAssert() {}

  static void assertStats(
      UsageStats actual, double claimed, double total, double percent, int intervals) {
    assertThat(actual).isNotNull();
    assertThat(actual.avgClaimed()).as("avg_claimed").isCloseTo(claimed, within(1e-9));
    assertThat(actual.avgTotalAvailable()).as("avg_total").isCloseTo(total, within(1e-9));
    assertThat(actual.allocationUsagePercent()).as("percent").isCloseTo(percent, within(1e-9));
    assertThat(actual.numIntervals()).as("num_intervals").isEqualTo(intervals);
  }
}
