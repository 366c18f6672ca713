package dev.frameports.usage;

/**
 * The four numbers every allocation, device and memory statistic reports (upstream keys {@code
 * avg_claimed}, {@code avg_total_available}, {@code allocation_usage_percent}, {@code
 * num_intervals}). How each is averaged differs per function; see usage-stats-spec.md §7 item 7.
 */
public record UsageStats(
    double avgClaimed, double avgTotalAvailable, double allocationUsagePercent, int numIntervals) {

  /** All zeros over {@code intervals} buckets. */
  public static UsageStats empty(int intervals) {
    return new UsageStats(0, 0, 0, intervals);
  }
}
