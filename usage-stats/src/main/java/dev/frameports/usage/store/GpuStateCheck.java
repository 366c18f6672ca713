package dev.frameports.usage.store;

import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.store.GpuStateProblem.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Checks monthly files before an analysis reads them, so that each kind of bad input is reported
 * once, clearly, with its {@link GpuStateProblem.Kind}: not a database, no {@code gpu_state} table,
 * a missing column, an unparsable timestamp, or timestamps of mixed forms in one file.
 *
 * <p>Mixed forms are an error because the baseline loader (pandas {@code to_datetime}) infers one
 * format from the first value and raises on a column mixing {@code 2025-01-01 10:00:00} with {@code
 * 2025-01-01 10:00:00.123456} (usage-stats-spec.md §7.1). Files are opened read-only.
 */
public final class GpuStateCheck {
  /** The accepted shape, also the text of error messages. */
  public static final String TIMESTAMP_SHAPE = "YYYY-MM-DD HH:MM:SS[.ffffff]";

  private static final String DIGIT = "[0-9]";
  private static final String SECONDS_GLOB =
      DIGIT.repeat(4)
          + "-"
          + DIGIT.repeat(2)
          + "-"
          + DIGIT.repeat(2)
          + "[ T]"
          + DIGIT.repeat(2)
          + ":"
          + DIGIT.repeat(2)
          + ":"
          + DIGIT.repeat(2);

  /**
   * Every distinct non-null timestamp gets a form key (separator plus "f" with a 1–6 digit
   * fraction) or "bad". Working on distinct values is what keeps this cheap: a snapshot's ~570 rows
   * share one timestamp, so a 5M-row month has about 9K of them. {@code date(...)} rejects
   * impossible dates such as 2025-02-30, which SQLite would otherwise normalise; {@code time(...)}
   * rejects hour 25.
   */
  private static final String FORMS =
      "SELECT form, COUNT(*), MIN(timestamp) FROM (SELECT timestamp, CASE WHEN"
          + " typeof(timestamp) = 'text' AND substr(timestamp, 1, 19) GLOB '"
          + SECONDS_GLOB
          + "' AND (length(timestamp) = 19 OR (length(timestamp) BETWEEN 21 AND 26"
          + " AND substr(timestamp, 20, 1) = '.' AND substr(timestamp, 21) NOT GLOB '*[^0-9]*'))"
          + " AND date(substr(timestamp, 1, 10)) = substr(timestamp, 1, 10)"
          + " AND time(substr(timestamp, 12, 8)) = substr(timestamp, 12, 8)"
          + " THEN substr(timestamp, 11, 1) || CASE WHEN length(timestamp) > 19 THEN 'f' ELSE ''"
          + " END ELSE 'bad' END AS form"
          + " FROM (SELECT DISTINCT timestamp FROM gpu_state WHERE timestamp IS NOT NULL))"
          + " GROUP BY form";

  private GpuStateCheck() {}

  /**
   * Checks that {@code directory} exists and holds at least one monthly file.
   *
   * @throws GpuStateProblem of kind MISSING or EMPTY
   */
  public static void directory(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new GpuStateProblem(
          Kind.MISSING, "data directory does not exist: " + directory.toAbsolutePath());
    }
    try {
      GpuStateFiles.mostRecentDatabase(directory);
    } catch (dev.frameports.frame.SourceException e) {
      throw new GpuStateProblem(
          Kind.EMPTY,
          "data directory has no gpu_state_YYYY-MM.db file: " + directory.toAbsolutePath(),
          e);
    }
  }

  /**
   * Checks that {@code database} is a SQLite file with table {@code gpu_state} holding the twelve
   * columns of {@link GpuColumns#ALL} (names compared exactly; extra columns are allowed).
   *
   * @throws GpuStateProblem of kind MISSING, NOT_A_DATABASE, FOREIGN_DATABASE or MISSING_COLUMN
   */
  public static void structure(Path database) {
    if (!Files.isRegularFile(database)) {
      throw new GpuStateProblem(
          Kind.MISSING, "no such database file: " + database.toAbsolutePath());
    }
    try (Connection c = open(database);
        Statement st = c.createStatement()) {
      Set<String> columns = new LinkedHashSet<>();
      boolean table = false;
      try (ResultSet rs =
          st.executeQuery(
              "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                  + " AND name = '"
                  + GpuColumns.TABLE
                  + "'")) {
        table = rs.next();
      }
      if (!table) {
        throw new GpuStateProblem(
            Kind.FOREIGN_DATABASE,
            database + ": SQLite database without table " + GpuColumns.TABLE);
      }
      try (ResultSet rs = st.executeQuery("PRAGMA table_info(" + GpuColumns.TABLE + ")")) {
        while (rs.next()) {
          columns.add(rs.getString("name"));
        }
      }
      List<String> missing = new ArrayList<>(GpuColumns.ALL);
      missing.removeAll(columns);
      if (!missing.isEmpty()) {
        throw new GpuStateProblem(
            Kind.MISSING_COLUMN,
            database
                + ": table "
                + GpuColumns.TABLE
                + " has no column "
                + String.join(", ", missing)
                + " (it has "
                + String.join(", ", columns)
                + ")");
      }
    } catch (SQLException e) {
      throw notADatabase(database, e);
    }
  }

  /**
   * Checks every non-null timestamp of {@code database} (one scan, about 1.5 s for a 5M-row month):
   * each has the shape {@value #TIMESTAMP_SHAPE} with a valid date and time, and all share one form
   * (same separator, all with or all without a fraction). Call {@link #structure} first.
   *
   * @throws GpuStateProblem of kind BAD_TIMESTAMP (or NOT_A_DATABASE when the scan fails)
   */
  public static void timestamps(Path database) {
    try (Connection c = open(database);
        Statement st = c.createStatement()) {
      Map<String, String> examples = new LinkedHashMap<>();
      Map<String, Long> counts = new LinkedHashMap<>();
      try (ResultSet rs = st.executeQuery(FORMS)) {
        while (rs.next()) {
          examples.put(rs.getString(1), String.valueOf(rs.getObject(3)));
          counts.put(rs.getString(1), rs.getLong(2));
        }
      }
      String bad = examples.remove("bad");
      if (bad != null) {
        throw new GpuStateProblem(
            Kind.BAD_TIMESTAMP,
            database
                + ": invalid timestamp '"
                + bad
                + "' ("
                + counts.get("bad")
                + " distinct invalid value(s)); expected "
                + TIMESTAMP_SHAPE);
      }
      if (examples.size() > 1) {
        throw new GpuStateProblem(
            Kind.BAD_TIMESTAMP,
            database
                + ": mixed timestamp formats in one file, e.g. '"
                + String.join("' and '", examples.values())
                + "'; use one form throughout");
      }
    } catch (SQLException e) {
      throw notADatabase(database, e);
    }
  }

  /** {@link #structure} then {@link #timestamps}. */
  public static void all(Path database) {
    structure(database);
    timestamps(database);
  }

  private static Connection open(Path database) throws SQLException {
    Properties readOnly = new Properties();
    readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: never create or modify
    return DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath(), readOnly);
  }

  private static GpuStateProblem notADatabase(Path database, SQLException e) {
    String detail =
        e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
    return new GpuStateProblem(
        Kind.NOT_A_DATABASE, database + ": not a readable SQLite database (" + detail + ")", e);
  }
}
