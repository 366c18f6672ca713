package dev.frameports.usage;

import java.util.List;

/** The columns of table {@code gpu_state} (usage-stats-spec.md §2.2), in stored order. */
public final class GpuColumns {
  public static final String TABLE = "gpu_state";
  public static final String NAME = "Name";
  public static final String ASSIGNED_GPUS = "AssignedGPUs";
  public static final String AVAILABLE_GPUS = "AvailableGPUs";
  public static final String STATE = "State";
  public static final String DEVICE_NAME = "GPUs_DeviceName";
  public static final String GLOBAL_MEMORY_MB = "GPUs_GlobalMemoryMb";
  public static final String PRIORITIZED_PROJECTS = "PrioritizedProjects";
  public static final String AVERAGE_USAGE = "GPUsAverageUsage";
  public static final String MACHINE = "Machine";
  public static final String REMOTE_OWNER = "RemoteOwner";
  public static final String GLOBAL_JOB_ID = "GlobalJobId";
  public static final String TIMESTAMP = "timestamp";

  /** All twelve, in the order the collector writes them. */
  public static final List<String> ALL =
      List.of(
          NAME,
          ASSIGNED_GPUS,
          AVAILABLE_GPUS,
          STATE,
          DEVICE_NAME,
          GLOBAL_MEMORY_MB,
          PRIORITIZED_PROJECTS,
          AVERAGE_USAGE,
          MACHINE,
          REMOTE_OWNER,
          GLOBAL_JOB_ID,
          TIMESTAMP);

  /** The State values the statistics test for. */
  public static final String CLAIMED = "Claimed";

  public static final String UNCLAIMED = "Unclaimed";

  /** A row is a backfill row iff its Name contains this, case-sensitively. */
  public static final String BACKFILL_MARKER = "backfill";

  private GpuColumns() {}
}
