package dev.frameports.usage;

import java.time.LocalDate;

/**
 * One row of {@code analyze_backfill_utilization_by_day} (§3.12): {@code slotType} is the class key
 * without {@code Backfill-}; upstream column names are AssignedGPUs and State for the two averages.
 */
public record BackfillDayUsage(
    LocalDate date, String slotType, double assignedGpus, double claimedGpus, double utilization) {}
