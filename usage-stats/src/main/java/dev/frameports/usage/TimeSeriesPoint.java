package dev.frameports.usage;

import java.time.LocalDateTime;

/**
 * One row of {@code calculate_time_series_usage} (§3.12): the bucket start and the three legacy
 * classes (columns {@code priority_claimed}, {@code priority_total}, {@code
 * priority_usage_percent}, then shared and backfill).
 */
public record TimeSeriesPoint(
    LocalDateTime timestamp, ClassCounts priority, ClassCounts shared, ClassCounts backfill) {}
