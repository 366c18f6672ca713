package dev.frameports.usage;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code gpu_state}: one GPU of one slot in one snapshot (usage-stats-spec.md §2.2).
 * Every field but the timestamp may be null, as in production.
 */
public record GpuStateRow(
    @Nullable String name,
    @Nullable String assignedGpus,
    @Nullable String availableGpus,
    @Nullable String state,
    @Nullable String deviceName,
    @Nullable Long globalMemoryMb,
    @Nullable String prioritizedProjects,
    @Nullable Double gpusAverageUsage,
    @Nullable String machine,
    @Nullable String remoteOwner,
    @Nullable String globalJobId,
    LocalDateTime timestamp) {}
