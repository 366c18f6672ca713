package dev.frameports.usage.legacy;

import dev.frameports.frame.TimestampText;
import dev.frameports.usage.GpuColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import joinery.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * {@code get_time_filtered_data} and friends (§3.13): monthly files {@code gpu_state_YYYY-MM.db} in
 * one directory, read into a legacy frame with parsed timestamps. There is no cache.
 */
public final class LegacyLoader {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
  private static final String SELECT_ALL = "SELECT * FROM " + GpuColumns.TABLE;

  private LegacyLoader() {}

  /**
   * {@code get_required_databases}: from start's month to end's month inclusive, the files {@code
   * dir/gpu_state_YYYY-MM.db} that exist, in chronological order.
   */
  public static List<Path> getRequiredDatabases(LocalDateTime start, LocalDateTime end, Path dir) {
    List<Path> files = new ArrayList<>();
    for (YearMonth m = YearMonth.from(start);
        !m.isAfter(YearMonth.from(end));
        m = m.plusMonths(1)) {
      Path file = dir.resolve("gpu_state_" + MONTH.format(m) + ".db");
      if (Files.isRegularFile(file)) {
        files.add(file);
      }
    }
    return files;
  }

  /**
   * {@code get_most_recent_database}: the lexicographically last {@code gpu_state_*.db} in the
   * directory; like upstream's glob it also matches odd names such as backups.
   */
  public static Optional<Path> getMostRecentDatabase(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "gpu_state_*.db")) {
      files.forEach(f -> names.add(f.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    names.sort(LegacyFrames.CODE_POINT_ORDER);
    return names.isEmpty()
        ? Optional.empty()
        : Optional.of(dir.resolve(names.get(names.size() - 1)));
  }

  /**
   * {@code get_latest_timestamp_from_most_recent_db}: the text {@code MAX(timestamp)} of the most
   * recent file, parsed; empty on any error or when there is no row.
   */
  public static Optional<LocalDateTime> getLatestTimestampFromMostRecentDb(Path dir) {
    return getMostRecentDatabase(dir).flatMap(LegacyLoader::maxTimestamp);
  }

  /**
   * {@code get_time_filtered_data}: the rows with {@code end - hoursBack ≤ timestamp ≤ end}.
   *
   * <p>The end is {@code endTime}, else the latest timestamp of the MOST RECENT file of the
   * directory (which need not be {@code dbPath}, §7 item 4), else {@code MAX(timestamp)} of {@code
   * dbPath}, else now. When start and end fall in one calendar month, one query runs against {@code
   * dbPath} only, with bounds bound as {@code %Y-%m-%d %H:%M:%S.%f} text: a lexicographic
   * comparison, so a stored {@code 10:00:00} lies BEFORE the bound {@code 10:00:00.000000} and a
   * row exactly at the start is lost (§7 item 2, kept). If that fails for any reason, or the months
   * differ, the multi-file path runs: each existing monthly file is queried with {@code start - 1
   * s} and re-filtered after parsing, then everything is sorted by timestamp (stable here;
   * upstream's sort is not, so do not rely on order within a timestamp).
   */
  public static DataFrame<Object> getTimeFilteredData(
      LegacyContext ctx, Path dbPath, int hoursBack, @Nullable LocalDateTime endTime) {
    Path parent = dbPath.toAbsolutePath().getParent();
    Path dir = parent == null ? Path.of(".") : parent;
    LocalDateTime end = endTime;
    if (end == null) {
      end =
          getLatestTimestampFromMostRecentDb(dir)
              .or(() -> maxTimestamp(dbPath))
              .orElseGet(ctx::now);
    }
    LocalDateTime start = end.minusHours(hoursBack);
    if (YearMonth.from(start).equals(YearMonth.from(end))) {
      try {
        DataFrame<Object> raw =
            LegacySqlite.query(
                dbPath,
                SELECT_ALL + " WHERE timestamp >= ? AND timestamp <= ? ORDER BY timestamp",
                List.of(
                    TimestampText.formatWithMicros(start), TimestampText.formatWithMicros(end)));
        return LegacySqlite.parseTimestamps(LegacySqlite.toLegacyLayout(raw));
      } catch (RuntimeException singleMonthFailed) {
        // upstream falls through to the multi-database path on any exception
      }
    }
    return getMultiDbData(dbPath, start, end);
  }

  /**
   * {@code get_multi_db_data}: see {@link #getTimeFilteredData}. With no monthly file for the
   * range, one {@code BETWEEN} query on {@code dbPath} is tried; if that fails too, the result is
   * empty. A monthly file that cannot be read is skipped.
   */
  static DataFrame<Object> getMultiDbData(Path dbPath, LocalDateTime start, LocalDateTime end) {
    Path parent = dbPath.toAbsolutePath().getParent();
    Path dir = parent == null ? Path.of(".") : parent;
    List<Path> files = getRequiredDatabases(start, end, dir);
    if (files.isEmpty()) {
      try {
        return LegacySqlite.parseTimestamps(
            LegacySqlite.toLegacyLayout(between(dbPath, start, end)));
      } catch (RuntimeException fallbackFailed) {
        return LegacyFrames.empty();
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Path file : files) {
      DataFrame<Object> part;
      try {
        part =
            LegacySqlite.parseTimestamps(
                LegacySqlite.toLegacyLayout(between(file, start.minusSeconds(1), end)));
      } catch (RuntimeException unreadable) {
        continue;
      }
      rows.addAll(LegacyFrames.rowsOf(inRange(part, start, end)));
    }
    rows.sort((a, b) -> LegacyFrames.timestamp(a).compareTo(LegacyFrames.timestamp(b)));
    return inRange(LegacyFrames.fromValues(rows), start, end);
  }

  private static DataFrame<Object> between(Path db, LocalDateTime from, LocalDateTime to) {
    return LegacySqlite.query(
        db,
        SELECT_ALL + " WHERE timestamp BETWEEN ? AND ?",
        List.of(TimestampText.formatWithMicros(from), TimestampText.formatWithMicros(to)));
  }

  private static DataFrame<Object> inRange(
      DataFrame<Object> df, LocalDateTime start, LocalDateTime end) {
    return df.select(
        row -> {
          LocalDateTime ts = LegacyFrames.timestamp(row);
          return !ts.isBefore(start) && !ts.isAfter(end);
        });
  }

  /** The parsed text {@code MAX(timestamp)} of one file; empty on any error or no rows. */
  static Optional<LocalDateTime> maxTimestamp(Path db) {
    try {
      DataFrame<Object> max =
          LegacySqlite.query(db, "SELECT MAX(timestamp) FROM " + GpuColumns.TABLE, List.of());
      Object value = max.isEmpty() ? null : max.get(0, 0);
      return value == null ? Optional.empty() : Optional.of(TimestampText.parse(value.toString()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
