package dev.frameports.usage;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code analyze_gpu_model_at_time} (usage-stats-spec.md §3.12): one GPU model in the snapshot
 * closest to the requested time.
 *
 * @param gpuModel the exact {@code GPUs_DeviceName} analysed
 * @param requestedTime the time asked for
 * @param snapshotTime the snapshot chosen: the closest, the later one on a tie
 * @param totalGpus distinct non-null GPU ids in the snapshot
 * @param claimedGpus distinct ids of Claimed rows that have a (non-null) RemoteOwner
 * @param unclaimedGpus {@code totalGpus - claimedGpus}
 * @param utilizationPercent {@code 100 * claimed / total}, 0 when total is 0
 * @param avgGpuUsagePercent mean GPUsAverageUsage of the Claimed rows times 100, nulls skipped; 0
 *     when no Claimed row has a value
 * @param numMachines distinct non-null machines
 * @param byClass legacy classes Priority, Shared, Backfill: distinct ids of {@code filter_df(…, "",
 *     "")} and of its Claimed rows
 * @param machines the distinct machines, sorted
 * @param activeJobs Claimed rows with an owner, first row per GPU id
 * @param inactiveGpus Unclaimed rows, first row per GPU id, without the active ids
 */
public record GpuModelSnapshot(
    String gpuModel,
    LocalDateTime requestedTime,
    LocalDateTime snapshotTime,
    long totalGpus,
    long claimedGpus,
    long unclaimedGpus,
    double utilizationPercent,
    double avgGpuUsagePercent,
    long numMachines,
    Map<GpuClass, ClassTotals> byClass,
    List<String> machines,
    List<ActiveJob> activeJobs,
    List<InactiveGpu> inactiveGpus) {

  public GpuModelSnapshot {
    byClass = Collections.unmodifiableMap(new LinkedHashMap<>(byClass));
    machines = List.copyOf(machines);
    activeJobs = List.copyOf(activeJobs);
    inactiveGpus = List.copyOf(inactiveGpus);
  }

  /** Distinct GPU ids of one class in the snapshot, and how many of them are Claimed. */
  public record ClassTotals(long total, long claimed) {}

  /** A GPU busy with a job in the snapshot. */
  public record ActiveJob(
      @Nullable String remoteOwner,
      @Nullable String globalJobId,
      @Nullable String assignedGpus,
      @Nullable String machine) {}

  /** A GPU idle in the snapshot. */
  public record InactiveGpu(@Nullable String assignedGpus, @Nullable String machine) {}
}
