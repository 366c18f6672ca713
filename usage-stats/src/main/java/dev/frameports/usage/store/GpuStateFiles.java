package dev.frameports.usage.store;

import dev.frameports.frame.SourceException;
import dev.frameports.frame.TimestampText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The file rules of the loader (usage-stats-spec.md §3.13): one SQLite file per month named {@code
 * gpu_state_YYYY-MM.db}, all in one directory. Every method names the offending path in its errors;
 * files are opened read-only and never created.
 */
public final class GpuStateFiles {
  /** The monthly file name pattern. */
  public static final Pattern MONTHLY_NAME = Pattern.compile("gpu_state_\\d{4}-\\d{2}\\.db");

  private GpuStateFiles() {}

  /** {@code directory/gpu_state_YYYY-MM.db} for {@code month}, whether it exists or not. */
  public static Path monthlyFile(Path directory, YearMonth month) {
    return directory.resolve("gpu_state_" + month + ".db");
  }

  /**
   * {@code get_required_databases}: the existing monthly files from {@code start}'s month to {@code
   * end}'s month inclusive, in chronological order. Empty when none exists or when {@code end}'s
   * month is before {@code start}'s; the caller decides whether that is an error.
   *
   * @throws SourceException when {@code directory} is not a directory
   */
  public static List<Path> requiredDatabases(
      LocalDateTime start, LocalDateTime end, Path directory) {
    requireDirectory(directory);
    List<Path> files = new ArrayList<>();
    YearMonth last = YearMonth.from(end);
    for (YearMonth m = YearMonth.from(start); !m.isAfter(last); m = m.plusMonths(1)) {
      Path file = monthlyFile(directory, m);
      if (Files.isRegularFile(file)) {
        files.add(file);
      }
    }
    return files;
  }

  /**
   * {@code get_most_recent_database}: the lexicographically last monthly file of {@code directory}.
   *
   * <p>Divergence from the baseline, on purpose: upstream globbed {@code gpu_state_*.db}, so a
   * backup such as {@code gpu_state_2025-12-backup.db} or {@code gpu_state_old.db} could win (later
   * upstream noticed this). Here only names matching {@link #MONTHLY_NAME} count; others are
   * ignored.
   *
   * @throws SourceException when {@code directory} is not a directory or holds no monthly file
   */
  public static Path mostRecentDatabase(Path directory) {
    requireDirectory(directory);
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(p -> MONTHLY_NAME.matcher(p.getFileName().toString()).matches())
          .filter(Files::isRegularFile)
          .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .orElseThrow(
              () ->
                  new SourceException(
                      "no gpu_state_YYYY-MM.db file in " + directory.toAbsolutePath()));
    } catch (IOException e) {
      throw new SourceException("cannot list " + directory + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code MAX(timestamp)} of table {@code gpu_state} (a text maximum, as upstream), parsed with
   * {@link TimestampText}; empty when the table has no row (or only NULL timestamps).
   *
   * <p>Upstream returned None on any error and fell back to "now"; this method reports the error
   * instead, naming the file. A caller wanting the fallback catches {@link SourceException}.
   *
   * @throws SourceException when the file is missing, is not SQLite, lacks {@code gpu_state}, or
   *     the maximum does not parse as a timestamp
   */
  public static Optional<LocalDateTime> latestTimestamp(Path database) {
    if (!Files.isRegularFile(database)) {
      throw new SourceException("no such database file: " + database.toAbsolutePath());
    }
    Properties readOnly = new Properties();
    readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: never create or modify
    String url = "jdbc:sqlite:" + database.toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url, readOnly);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT MAX(timestamp) FROM gpu_state")) {
      String max = rs.next() ? rs.getString(1) : null;
      return max == null ? Optional.empty() : Optional.of(TimestampText.parse(max));
    } catch (SQLException e) {
      throw new SourceException(
          "cannot read MAX(timestamp) from " + database + ": " + e.getMessage(), e);
    } catch (DateTimeParseException e) {
      throw new SourceException(
          "unparsable timestamp '" + e.getParsedString() + "' in " + database, e);
    }
  }

  /**
   * {@code get_latest_timestamp_from_most_recent_db}: {@link #latestTimestamp} of {@link
   * #mostRecentDatabase}.
   */
  public static Optional<LocalDateTime> latestTimestampInDirectory(Path directory) {
    return latestTimestamp(mostRecentDatabase(directory));
  }

  private static void requireDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new SourceException(
          "data directory does not exist or is not a directory: " + directory.toAbsolutePath());
    }
  }
}
