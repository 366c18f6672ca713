package dev.frameports.usage.equivalence;

import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.legacy.LegacyFrames;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import joinery.DataFrame;
import org.jspecify.annotations.Nullable;

/** Filtered frames of both sides as lists of {@link GpuStateRow}, to compare as multisets. */
final class Rows {
  private Rows() {}

  static List<GpuStateRow> of(DataFrame<Object> legacy) {
    return LegacyFrames.toRows(legacy);
  }

  /** The port's rows, columns taken by name (helper columns a plan may keep are ignored). */
  static List<GpuStateRow> of(LazyFrame port) {
    Frame f = port.collect();
    List<GpuStateRow> rows = new ArrayList<>(f.height());
    for (int i = 0; i < f.height(); i++) {
      rows.add(
          new GpuStateRow(
              (String) f.get(i, GpuColumns.NAME),
              (String) f.get(i, GpuColumns.ASSIGNED_GPUS),
              (String) f.get(i, GpuColumns.AVAILABLE_GPUS),
              (String) f.get(i, GpuColumns.STATE),
              (String) f.get(i, GpuColumns.DEVICE_NAME),
              memory(f.get(i, GpuColumns.GLOBAL_MEMORY_MB)),
              (String) f.get(i, GpuColumns.PRIORITIZED_PROJECTS),
              (Double) f.get(i, GpuColumns.AVERAGE_USAGE),
              (String) f.get(i, GpuColumns.MACHINE),
              (String) f.get(i, GpuColumns.REMOTE_OWNER),
              (String) f.get(i, GpuColumns.GLOBAL_JOB_ID),
              (LocalDateTime) f.get(i, GpuColumns.TIMESTAMP)));
    }
    return rows;
  }

  /**
   * The port's loader reads the memory as FLOAT64 (SQLite may hold REAL), the oracle as a number
   * that {@link LegacyFrames#toRows} turns into a Long; both are whole megabytes.
   */
  private static @Nullable Long memory(@Nullable Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
