package dev.frameports.duckdb;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.source.CsvText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Reads the rows of a compiled statement into a {@link Frame} or a CSV file. */
final class DuckDbResults {
  private DuckDbResults() {}

  /** All rows, as the exact Java classes of {@code schema}'s types. */
  static Frame toFrame(ResultSet rs, Schema schema) throws SQLException {
    checkTypes(rs, schema);
    Frame.Builder builder = Frame.builder(schema);
    Object[] row = new Object[schema.size()];
    while (rs.next()) {
      for (int c = 0; c < row.length; c++) {
        row[c] = read(rs, c + 1, schema.field(c).type());
      }
      builder.addRow(row);
    }
    return builder.build();
  }

  /**
   * Writes the rows as CSV text with a header. Written here rather than by DuckDB's {@code COPY}
   * because the contract fixes the text of every value ({@link CsvText#format}): DuckDB prints
   * floats ({@code 1e-05} vs Java's {@code 1.0E-5}) and quotes some strings differently.
   */
  static void writeCsv(ResultSet rs, Schema schema, Path file) throws SQLException, IOException {
    checkTypes(rs, schema);
    char delimiter = ',';
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int c = 0; c < schema.size(); c++) {
        out.write((c > 0 ? "," : "") + CsvText.format(schema.field(c).name(), delimiter));
      }
      out.write('\n');
      while (rs.next()) {
        for (int c = 0; c < schema.size(); c++) {
          if (c > 0) {
            out.write(delimiter);
          }
          out.write(CsvText.format(read(rs, c + 1, schema.field(c).type()), delimiter));
        }
        out.write('\n');
      }
    }
  }

  private static Object read(ResultSet rs, int column, DataType type) throws SQLException {
    Object value =
        switch (type) {
          case BOOLEAN -> rs.getBoolean(column);
          case INT32 -> rs.getInt(column);
          case INT64 -> rs.getLong(column);
          case FLOAT64 -> rs.getDouble(column);
          case STRING -> rs.getString(column);
          // never getTimestamp(): java.sql.Timestamp goes through the JVM's time zone
          case TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
          case DATE -> rs.getObject(column, LocalDate.class);
        };
    return rs.wasNull() ? null : value;
  }

  /** The compiler promises exact types; a mismatch is a bug here, reported loudly. */
  private static void checkTypes(ResultSet rs, Schema schema) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    for (int c = 0; c < schema.size(); c++) {
      String expected = DuckDbDialect.typeName(schema.field(c).type());
      String actual = meta.getColumnTypeName(c + 1);
      if (!expected.equals(actual)) {
        throw new IllegalStateException(
            "compiled SQL gives column '"
                + schema.field(c).name()
                + "' as "
                + actual
                + ", expected "
                + expected);
      }
    }
  }
}
