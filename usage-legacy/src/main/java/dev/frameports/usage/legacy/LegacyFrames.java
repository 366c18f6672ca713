package dev.frameports.usage.legacy;

import dev.frameports.frame.TimestampText;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.GpuStateRow;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import joinery.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * The frame layout of the oracle and the Joinery helpers every function shares.
 *
 * <p>A legacy frame is a Joinery {@code DataFrame<Object>} with exactly the twelve columns of
 * {@link GpuColumns#ALL}, in that order. Text columns hold {@code String}, {@code
 * GPUs_GlobalMemoryMb} a {@code Long} (or {@code Double} when SQLite stored a REAL), {@code
 * GPUsAverageUsage} a {@code Double}, {@code timestamp} a {@link LocalDateTime}; any may be null. A
 * timestamp may also still be text: it is parsed where a function needs it, so an unparsable one
 * throws there, as {@code pd.to_datetime} does upstream (§3.8).
 */
public final class LegacyFrames {
  static final int NAME = 0;
  static final int ASSIGNED_GPUS = 1;
  static final int AVAILABLE_GPUS = 2;
  static final int STATE = 3;
  static final int DEVICE_NAME = 4;
  static final int GLOBAL_MEMORY_MB = 5;
  static final int PRIORITIZED_PROJECTS = 6;
  static final int AVERAGE_USAGE = 7;
  static final int MACHINE = 8;
  static final int REMOTE_OWNER = 9;
  static final int GLOBAL_JOB_ID = 10;
  static final int TIMESTAMP = 11;

  /** The bucket width of every statistic but the time series (§3.7). */
  public static final int BUCKET_MINUTES = 15;

  /** Python's {@code str} ordering: by code point (String.compareTo differs above U+FFFF). */
  static final Comparator<String> CODE_POINT_ORDER = LegacyFrames::compareCodePoints;

  private LegacyFrames() {}

  /** An empty frame with the twelve columns. */
  public static DataFrame<Object> empty() {
    return new DataFrame<>(new ArrayList<>(GpuColumns.ALL));
  }

  /** A frame of these rows, in order. */
  public static DataFrame<Object> fromRows(List<GpuStateRow> rows) {
    DataFrame<Object> df = empty();
    for (GpuStateRow r : rows) {
      df.append(
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
    return df;
  }

  /**
   * A frame of raw rows of twelve values each, copied, in order. Used for the sorted frames that
   * Joinery cannot produce itself (its index labels survive {@code select}, so appending to a
   * selected frame can collide).
   */
  public static DataFrame<Object> fromValues(Iterable<? extends List<?>> rows) {
    DataFrame<Object> df = empty();
    for (List<?> row : rows) {
      if (row.size() != GpuColumns.ALL.size()) {
        throw new IllegalArgumentException("a row needs 12 values, got " + row.size());
      }
      df.append(new ArrayList<Object>(row));
    }
    return df;
  }

  /** The rows of a legacy frame as records; text timestamps are parsed. */
  public static List<GpuStateRow> toRows(DataFrame<Object> df) {
    requireLayout(df);
    List<GpuStateRow> rows = new ArrayList<>();
    for (List<Object> row : df) {
      Number mb = number(row, GLOBAL_MEMORY_MB);
      Number usage = number(row, AVERAGE_USAGE);
      rows.add(
          new GpuStateRow(
              text(row, NAME),
              text(row, ASSIGNED_GPUS),
              text(row, AVAILABLE_GPUS),
              text(row, STATE),
              text(row, DEVICE_NAME),
              mb == null ? null : mb.longValue(),
              text(row, PRIORITIZED_PROJECTS),
              usage == null ? null : usage.doubleValue(),
              text(row, MACHINE),
              text(row, REMOTE_OWNER),
              text(row, GLOBAL_JOB_ID),
              timestamp(row)));
    }
    return rows;
  }

  /**
   * Fails like pandas' {@code KeyError} when the frame is not in the legacy layout.
   *
   * @throws IllegalArgumentException naming the missing or misplaced columns
   */
  static void requireLayout(DataFrame<Object> df) {
    List<Object> columns = new ArrayList<>(df.columns());
    if (!columns.equals(new ArrayList<Object>(GpuColumns.ALL))) {
      throw new IllegalArgumentException(
          "expected the gpu_state columns " + GpuColumns.ALL + " but the frame has " + columns);
    }
  }

  /** A copy of the frame's rows as plain lists (Joinery hands out live views). */
  static List<List<Object>> rowsOf(DataFrame<Object> df) {
    List<List<Object>> rows = new ArrayList<>(df.length());
    for (List<Object> row : df) {
      rows.add(new ArrayList<>(row));
    }
    return rows;
  }

  /** A text cell; a non-text value is shown as text, as pandas' object columns compare it. */
  static @Nullable String text(List<Object> row, int column) {
    Object value = row.get(column);
    return value == null ? null : value.toString();
  }

  /** A numeric cell, null for null or NaN. */
  static @Nullable Number number(List<Object> row, int column) {
    Object value = row.get(column);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number n)) {
      throw new IllegalArgumentException(
          "column " + GpuColumns.ALL.get(column) + " holds a non-number: " + value);
    }
    return Double.isNaN(n.doubleValue()) ? null : n;
  }

  /**
   * The row's timestamp; text is parsed (with or without fraction, space or 'T').
   *
   * @throws java.time.format.DateTimeParseException for unparsable text
   * @throws IllegalArgumentException for a null or non-temporal value
   */
  static LocalDateTime timestamp(List<Object> row) {
    Object value = row.get(TIMESTAMP);
    if (value instanceof LocalDateTime ts) {
      return ts;
    }
    if (value instanceof CharSequence text) {
      return TimestampText.parse(text);
    }
    throw new IllegalArgumentException("timestamp is not a date-time: " + value);
  }

  /** {@code floor(ts, minutes)} aligned to the Unix epoch on the naive value (§3.7). */
  public static LocalDateTime floor(LocalDateTime ts, int minutes) {
    long width = minutes * 60L;
    long seconds = ts.toEpochSecond(ZoneOffset.UTC);
    return LocalDateTime.ofEpochSecond(Math.floorDiv(seconds, width) * width, 0, ZoneOffset.UTC);
  }

  /**
   * Groups the rows by their bucket, like pandas {@code groupby('15min_bucket')}: Joinery's {@code
   * groupBy(KeyFunction).explode()}, sorted by bucket. Each group keeps input row order.
   */
  static TreeMap<LocalDateTime, DataFrame<Object>> byBucket(DataFrame<Object> df, int minutes) {
    TreeMap<LocalDateTime, DataFrame<Object>> buckets = new TreeMap<>();
    if (df.isEmpty()) {
      return buckets;
    }
    Map<Object, DataFrame<Object>> groups =
        df.groupBy(row -> floor(timestamp(row), minutes)).explode();
    groups.forEach((bucket, frame) -> buckets.put((LocalDateTime) bucket, frame));
    return buckets;
  }

  /** The sorted distinct buckets of the frame. */
  static List<LocalDateTime> sortedBuckets(DataFrame<Object> df, int minutes) {
    return new ArrayList<>(byBucket(df, minutes).keySet());
  }

  /** The distinct non-null AssignedGPUs, in first-appearance order ({@code nunique} drops NULL). */
  static Set<String> distinctIds(DataFrame<Object> df) {
    Set<String> ids = new LinkedHashSet<>();
    for (Object id : df.col(GpuColumns.ASSIGNED_GPUS)) {
      if (id != null) {
        ids.add(id.toString());
      }
    }
    return ids;
  }

  /** The distinct non-null AssignedGPUs of the rows in State {@code state}. */
  static Set<String> distinctIdsInState(DataFrame<Object> df, String state) {
    return distinctIds(df.select(row -> state.equals(row.get(STATE))));
  }

  /** Compares by Unicode code point, as Python compares {@code str}. */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
