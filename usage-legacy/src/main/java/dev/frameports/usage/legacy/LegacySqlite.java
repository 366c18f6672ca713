package dev.frameports.usage.legacy;

import dev.frameports.frame.SourceException;
import dev.frameports.usage.GpuColumns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import joinery.DataFrame;
import org.sqlite.SQLiteConfig;

/**
 * Plain JDBC reads of {@code gpu_state} files into Joinery frames, like {@code pd.read_sql_query}.
 * Files are opened read-only, so a missing file is an error instead of a new empty database.
 * Parameters are bound as TEXT, so range filters compare text, as upstream (§7 item 2).
 */
final class LegacySqlite {
  private LegacySqlite() {}

  /**
   * Runs the query and returns a frame whose columns are the result's, values as stored (SQLite
   * INTEGER as Long, REAL as Double, TEXT as String).
   *
   * @throws SourceException naming the file when it is missing or the query fails
   */
  static DataFrame<Object> query(Path db, String sql, List<String> params) {
    if (!Files.isRegularFile(db)) {
      throw new SourceException("no such database file: " + db);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties());
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        statement.setString(i + 1, params.get(i));
      }
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(meta.getColumnLabel(i));
        }
        DataFrame<Object> df = new DataFrame<>(columns);
        while (rs.next()) {
          Object[] values = new Object[columns.size()];
          for (int i = 0; i < values.length; i++) {
            Object value = rs.getObject(i + 1);
            values[i] = value instanceof Integer n ? Long.valueOf(n.longValue()) : value;
          }
          df.append(Arrays.asList(values));
        }
        return df;
      }
    } catch (SQLException e) {
      throw new SourceException("cannot query " + db + ": " + e.getMessage(), e);
    }
  }

  /**
   * The twelve-column legacy frame of a {@code SELECT *} result: columns matched by name, a missing
   * column is all NULL (an empty test table may have only some columns), extra columns are dropped;
   * text columns as String, the memory as a number, the usage as Double. The timestamp stays as
   * stored until {@link #parseTimestamps} (the {@code pd.to_datetime} step).
   */
  static DataFrame<Object> toLegacyLayout(DataFrame<Object> raw) {
    List<Object> rawColumns = new ArrayList<>(raw.columns());
    int[] source = new int[GpuColumns.ALL.size()];
    for (int i = 0; i < source.length; i++) {
      source[i] = rawColumns.indexOf(GpuColumns.ALL.get(i));
    }
    List<List<Object>> rows = new ArrayList<>(raw.length());
    for (List<Object> rawRow : raw) {
      Object[] values = new Object[source.length];
      for (int i = 0; i < source.length; i++) {
        values[i] = source[i] < 0 ? null : normalise(i, rawRow.get(source[i]));
      }
      rows.add(Arrays.asList(values));
    }
    return LegacyFrames.fromValues(rows);
  }

  /**
   * Parses every timestamp (optional fraction, space or 'T'), in place on a frame this class built.
   *
   * @throws java.time.format.DateTimeParseException for text that is no timestamp
   */
  static DataFrame<Object> parseTimestamps(DataFrame<Object> df) {
    for (int i = 0; i < df.length(); i++) {
      df.set(i, LegacyFrames.TIMESTAMP, LegacyFrames.timestamp(df.row(i)));
    }
    return df;
  }

  private static Object normalise(int column, Object value) {
    if (value == null) {
      return null;
    }
    if (column == LegacyFrames.GLOBAL_MEMORY_MB) {
      return value instanceof Number ? value : Double.valueOf(value.toString());
    }
    if (column == LegacyFrames.AVERAGE_USAGE) {
      return value instanceof Number n ? n.doubleValue() : Double.valueOf(value.toString());
    }
    if (column == LegacyFrames.TIMESTAMP) {
      return value;
    }
    return value.toString();
  }
}
