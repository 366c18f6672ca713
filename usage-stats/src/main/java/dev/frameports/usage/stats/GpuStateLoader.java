package dev.frameports.usage.stats;

import static dev.frameports.frame.Expr.col;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.FrameException;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.TimestampText;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.store.GpuStateFiles;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code get_time_filtered_data} (usage-stats-spec.md §3.13) as lazy SQLite scans with bound text
 * parameters. The result always has {@link #SCHEMA}: the twelve columns in stored order, text
 * columns as STRING, the memory and usage as FLOAT64 (pandas reads a BIGINT column with NULLs as
 * float), the timestamp parsed (with or without fraction). A column the table lacks is all NULL;
 * extra columns are dropped.
 */
public final class GpuStateLoader {
  /** The schema of every loaded frame. */
  public static final Schema SCHEMA =
      new Schema(
          List.of(
              Field.of(GpuColumns.NAME, DataType.STRING),
              Field.of(GpuColumns.ASSIGNED_GPUS, DataType.STRING),
              Field.of(GpuColumns.AVAILABLE_GPUS, DataType.STRING),
              Field.of(GpuColumns.STATE, DataType.STRING),
              Field.of(GpuColumns.DEVICE_NAME, DataType.STRING),
              Field.of(GpuColumns.GLOBAL_MEMORY_MB, DataType.FLOAT64),
              Field.of(GpuColumns.PRIORITIZED_PROJECTS, DataType.STRING),
              Field.of(GpuColumns.AVERAGE_USAGE, DataType.FLOAT64),
              Field.of(GpuColumns.MACHINE, DataType.STRING),
              Field.of(GpuColumns.REMOTE_OWNER, DataType.STRING),
              Field.of(GpuColumns.GLOBAL_JOB_ID, DataType.STRING),
              Field.of(GpuColumns.TIMESTAMP, DataType.TIMESTAMP)));

  private GpuStateLoader() {}

  /**
   * The rows with {@code end - hoursBack ≤ timestamp ≤ end}, both bounds inclusive.
   *
   * <p>The end is {@code endTime}, else {@link #latestTimestamp}. When start and end fall in one
   * calendar month, one query runs against {@code dbPath} only with the bounds bound as {@code
   * yyyy-MM-dd HH:mm:ss.ffffff} text: the comparison is lexicographic, so a stored {@code 10:00:00}
   * lies before the bound {@code 10:00:00.000000} and a row exactly at the start is lost (§7 item
   * 2, kept). If that query cannot even be planned (missing file or table), or the months differ,
   * the multi-file path runs: each existing {@code gpu_state_YYYY-MM.db} of the folder from start's
   * to end's month is queried from {@code start - 1 s}, re-filtered on the parsed time and sorted
   * by timestamp (stably). With no monthly file, one {@code BETWEEN} query on {@code dbPath} is
   * tried, and failing that the result is empty. A monthly file that cannot be read is skipped.
   *
   * <p>Cost: reads SQLite metadata only; the frame is lazy (each collect re-reads the files).
   */
  public static LazyFrame load(
      Backend backend, Path dbPath, int hoursBack, @Nullable LocalDateTime endTime) {
    LocalDateTime end = endTime != null ? endTime : latestTimestamp(dbPath);
    LocalDateTime start = end.minusHours(hoursBack);
    if (YearMonth.from(start).equals(YearMonth.from(end))) {
      Optional<LazyFrame> single =
          query(
              backend,
              dbPath,
              " WHERE timestamp >= ? AND timestamp <= ? ORDER BY timestamp",
              TimestampText.formatWithMicros(start),
              TimestampText.formatWithMicros(end));
      if (single.isPresent()) {
        return single.get();
      }
    }
    return multiDatabase(backend, dbPath, start, end);
  }

  /**
   * The end time upstream uses when none is given: the latest timestamp of the most recent monthly
   * file of {@code dbPath}'s folder (which need not be {@code dbPath}, §7 item 4), else {@code
   * MAX(timestamp)} of {@code dbPath}, else now. Cost: one {@code MAX} query per file tried.
   */
  public static LocalDateTime latestTimestamp(Path dbPath) {
    try {
      Optional<LocalDateTime> latest = GpuStateFiles.latestTimestampInDirectory(folderOf(dbPath));
      if (latest.isPresent()) {
        return latest.get();
      }
    } catch (FrameException e) {
      // upstream returned None on any error and went on to the next fallback
    }
    try {
      Optional<LocalDateTime> latest = GpuStateFiles.latestTimestamp(dbPath);
      if (latest.isPresent()) {
        return latest.get();
      }
    } catch (FrameException e) {
      // as above: fall back to now
    }
    return LocalDateTime.now();
  }

  /** An empty frame of {@link #SCHEMA}. */
  public static LazyFrame empty(Backend backend) {
    return backend.from(Frame.empty(SCHEMA));
  }

  private static LazyFrame multiDatabase(
      Backend backend, Path dbPath, LocalDateTime start, LocalDateTime end) {
    List<Path> files;
    try {
      files = GpuStateFiles.requiredDatabases(start, end, folderOf(dbPath));
    } catch (FrameException e) {
      files = List.of();
    }
    if (files.isEmpty()) {
      return query(
              backend,
              dbPath,
              " WHERE timestamp BETWEEN ? AND ? ORDER BY timestamp",
              TimestampText.formatWithMicros(start),
              TimestampText.formatWithMicros(end))
          .orElseGet(() -> empty(backend));
    }
    List<LazyFrame> parts = new ArrayList<>();
    for (Path file : files) {
      query(
              backend,
              file,
              " WHERE timestamp BETWEEN ? AND ?",
              TimestampText.formatWithMicros(start.minusSeconds(1)),
              TimestampText.formatWithMicros(end))
          .ifPresent(parts::add);
    }
    if (parts.isEmpty()) {
      return empty(backend);
    }
    LazyFrame all =
        parts.size() == 1
            ? parts.get(0)
            : parts.get(0).concat(parts.subList(1, parts.size()).toArray(LazyFrame[]::new));
    return all.filter(col(GpuColumns.TIMESTAMP).ge(start).and(col(GpuColumns.TIMESTAMP).le(end)))
        .sort(GpuColumns.TIMESTAMP);
  }

  /**
   * {@code SELECT <the twelve columns> FROM gpu_state <where>} on one file, with the columns cast
   * in SQL to the types of {@link #SCHEMA}; empty when the file or table cannot be read.
   */
  private static Optional<LazyFrame> query(
      Backend backend, Path file, String where, Object... parameters) {
    try {
      Set<String> present =
          Set.copyOf(
              backend.scan(Source.sqliteTable(List.of(file), GpuColumns.TABLE)).schema().names());
      if (!present.contains(GpuColumns.TIMESTAMP)) {
        return Optional.empty();
      }
      List<String> projection = new ArrayList<>();
      for (Field field : SCHEMA.fields()) {
        String quoted = "\"" + field.name() + "\"";
        String sqlType = field.type() == DataType.FLOAT64 ? "REAL" : "TEXT";
        projection.add(
            present.contains(field.name())
                ? "CAST(" + quoted + " AS " + sqlType + ") AS " + quoted
                : "NULL AS " + quoted);
      }
      String sql = "SELECT " + String.join(", ", projection) + " FROM " + GpuColumns.TABLE + where;
      LazyFrame frame = backend.scan(Source.sqliteQuery(List.of(file), SCHEMA, sql, parameters));
      frame.schema(); // validates the statement (metadata only)
      return Optional.of(frame);
    } catch (FrameException e) {
      return Optional.empty();
    }
  }

  /**
   * The folder that holds the monthly files beside {@code dbPath} (upstream: its parent, or ".").
   */
  static Path folderOf(Path dbPath) {
    Path parent = dbPath.toAbsolutePath().getParent();
    return parent != null ? parent : Path.of(".");
  }
}
