package dev.frameports.usage.generate;

import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.GpuStateRow;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Turns one host's slot state into the rows the collector would store (usage-stats-spec.md §2.3):
 * the partitionable {@code slot1@} row per idle GPU, one row per GPU of each dynamic slot, and the
 * same for the backfill slot, whose AssignedGPUs is its AvailableGPUs exploded. A few rows report
 * memory 0; in dirty mode rare rows lose AssignedGPUs, PrioritizedProjects or the device name.
 */
final class SnapshotRows {
  private static final double ZERO_MEMORY = 1e-4;
  private static final double DIRTY_NULL = 0.002;
  private static final double DIRTY_EMPTY_ID = 0.0005;

  private final Host host;
  private final SplittableRandom noise;
  private final boolean dirty;
  private final String primaryPartitionable;
  private final String backfillPartitionable;
  private final @Nullable Long zeroMemory = 0L;

  SnapshotRows(Host host, SplittableRandom noise, boolean dirty) {
    this.host = host;
    this.noise = noise;
    this.dirty = dirty;
    this.primaryPartitionable = "slot1@" + host.machine();
    this.backfillPartitionable = host.backfillSlot() + "@" + host.machine();
  }

  /** {@code GPU_xxxxxxxx,GPU_yyyyyyyy}: the underscore form of the given GPUs, comma-joined. */
  static String underscored(Host host, int[] gpus) {
    StringBuilder sb = new StringBuilder();
    for (int g : gpus) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append("GPU_").append(host.gpuIds().get(g), 4, 12);
    }
    return sb.toString();
  }

  /** The rows of step {@code s}, stamped {@code timestamp}. */
  List<GpuStateRow> emit(
      int s,
      LocalDateTime timestamp,
      SimulatedJob[] primaryByGpu,
      List<SimulatedJob> primaryJobs,
      SimulatedJob[] backfillByGpu,
      List<SimulatedJob> backfillJobs,
      String spell) {
    String idleState = spell.isEmpty() ? GpuColumns.UNCLAIMED : spell;
    List<GpuStateRow> out = new ArrayList<>(primaryByGpu.length * 2 + 2);
    String projects = host.prioritizedProjects();
    if (host.interactive()) {
      for (int g = 0; g < primaryByGpu.length; g++) {
        SimulatedJob job = primaryByGpu[g];
        if (job == null) {
          String name = "interactive" + (g + 1) + "@" + host.machine();
          idle(out, name, new int[] {g}, idleState, projects, timestamp);
        } else {
          claimed(out, job, g, s, projects, timestamp);
        }
      }
    } else {
      idle(out, primaryPartitionable, free(primaryByGpu), idleState, projects, timestamp);
      for (SimulatedJob job : primaryJobs) {
        for (int g : job.gpus) {
          claimed(out, job, g, s, projects, timestamp);
        }
      }
    }
    if (host.hasBackfill()) {
      String backfillProjects = host.backfillProjects();
      idle(out, backfillPartitionable, free(backfillByGpu), idleState, backfillProjects, timestamp);
      for (SimulatedJob job : backfillJobs) {
        for (int g : job.gpus) {
          claimed(out, job, g, s, backfillProjects, timestamp);
        }
      }
    }
    return out;
  }

  private static int[] free(SimulatedJob[] byGpu) {
    int n = 0;
    for (SimulatedJob job : byGpu) {
      n += job == null ? 1 : 0;
    }
    int[] free = new int[n];
    for (int g = 0, i = 0; g < byGpu.length; g++) {
      if (byGpu[g] == null) {
        free[i++] = g;
      }
    }
    return free;
  }

  private void idle(
      List<GpuStateRow> out,
      String name,
      int[] gpus,
      String state,
      @Nullable String projects,
      LocalDateTime timestamp) {
    if (gpus.length == 0) {
      return; // a partitionable slot with no GPU left is not in the collector's answer
    }
    String available = underscored(host, gpus);
    for (int g : gpus) {
      out.add(row(name, g, available, state, projects, null, null, null, timestamp));
    }
  }

  private void claimed(
      List<GpuStateRow> out,
      SimulatedJob job,
      int g,
      int s,
      @Nullable String projects,
      LocalDateTime timestamp) {
    boolean first = s == job.startStep;
    if (first && job.matchedFirst) {
      out.add(
          row(
              job.name,
              g,
              job.availableGpus,
              JobSimulator.MATCHED,
              projects,
              null,
              null,
              null,
              timestamp));
      return;
    }
    if (job.usageStep != s) {
      job.usageStep = s;
      job.usage =
          first ? null : Math.max(0, Math.min(1, job.baseUsage + 0.1 * (noise.nextDouble() - 0.5)));
    }
    Double usage = job.usage;
    out.add(
        row(
            job.name,
            g,
            job.availableGpus,
            GpuColumns.CLAIMED,
            projects,
            usage,
            job.owner,
            job.globalJobId,
            timestamp));
  }

  private GpuStateRow row(
      String name,
      int g,
      String available,
      String state,
      @Nullable String projects,
      @Nullable Double usage,
      @Nullable String owner,
      @Nullable String jobId,
      LocalDateTime timestamp) {
    String assigned = host.gpuIds().get(g);
    String device = host.device().deviceName();
    Long memory = host.memoryMb();
    if (noise.nextDouble() < ZERO_MEMORY) {
      memory = zeroMemory;
    }
    if (dirty) {
      double r = noise.nextDouble();
      if (r < DIRTY_NULL) {
        assigned = null;
      } else if (r < DIRTY_NULL + DIRTY_EMPTY_ID) {
        assigned = "";
      } else if (r < 2 * DIRTY_NULL + DIRTY_EMPTY_ID) {
        projects = null;
      } else if (r < 3 * DIRTY_NULL + DIRTY_EMPTY_ID) {
        device = null;
      }
    }
    return new GpuStateRow(
        name,
        assigned,
        available,
        state,
        device,
        memory,
        projects,
        usage,
        host.machine(),
        owner,
        jobId,
        timestamp);
  }
}
