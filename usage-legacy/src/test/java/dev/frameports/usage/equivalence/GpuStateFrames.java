package dev.frameports.usage.equivalence;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.GpuStateRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The same rows as an in-memory frame for the port. The memory column is INT64 here while the
 * port's loader reads FLOAT64, so the statistic comparisons and the report comparisons between them
 * cover both column types.
 */
final class GpuStateFrames {
  /** The twelve columns of {@code gpu_state} with the frameports types the loader produces. */
  static final Schema SCHEMA =
      Schema.of(
          Field.of(GpuColumns.NAME, DataType.STRING),
          Field.of(GpuColumns.ASSIGNED_GPUS, DataType.STRING),
          Field.of(GpuColumns.AVAILABLE_GPUS, DataType.STRING),
          Field.of(GpuColumns.STATE, DataType.STRING),
          Field.of(GpuColumns.DEVICE_NAME, DataType.STRING),
          Field.of(GpuColumns.GLOBAL_MEMORY_MB, DataType.INT64),
          Field.of(GpuColumns.PRIORITIZED_PROJECTS, DataType.STRING),
          Field.of(GpuColumns.AVERAGE_USAGE, DataType.FLOAT64),
          Field.of(GpuColumns.MACHINE, DataType.STRING),
          Field.of(GpuColumns.REMOTE_OWNER, DataType.STRING),
          Field.of(GpuColumns.GLOBAL_JOB_ID, DataType.STRING),
          Field.of(GpuColumns.TIMESTAMP, DataType.TIMESTAMP));

  private GpuStateFrames() {}

  /** The rows, in order, as a frame. */
  static Frame frame(List<GpuStateRow> rows) {
    List<List<Object>> values = new ArrayList<>(rows.size());
    for (GpuStateRow r : rows) {
      values.add(
          Arrays.asList(
              r.name(),
              r.assignedGpus(),
              r.availableGpus(),
              r.state(),
              r.deviceName(),
              r.globalMemoryMb(),
              r.prioritizedProjects(),
              r.gpusAverageUsage(),
              r.machine(),
              r.remoteOwner(),
              r.globalJobId(),
              r.timestamp()));
    }
    return Frame.ofRows(SCHEMA, values);
  }
}
