package dev.frameports.duckdb;

import static dev.frameports.duckdb.DuckDbDialect.literal;
import static dev.frameports.duckdb.DuckDbDialect.quote;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.TimestampText;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.source.SqliteReader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Copies in-memory, SQLite and CSV sources into temporary tables, in source order, so that each
 * table's {@code rowid} is the source's row order. Rows from Java go through DuckDB's Appender
 * (never one INSERT per row); CSV files are parsed by DuckDB itself.
 */
final class DuckDbSourceLoader {
  /** The column a table without columns gets, because SQL tables need one. */
  private static final String PLACEHOLDER = DuckDbDialect.RESERVED_PREFIX + "none";

  private DuckDbSourceLoader() {}

  /** The relation reading such a table: the hidden order column, then the source's columns. */
  static String scan(String table, Schema schema) {
    StringBuilder sql = new StringBuilder("SELECT rowid AS " + quote(DuckDbDialect.ORD));
    schema.names().forEach(n -> sql.append(", ").append(quote(n)));
    return sql.append(" FROM temp.main.").append(quote(table)).toString();
  }

  /** Creates {@code table} and fills it with the rows of {@code source}. */
  static void load(DuckDBConnection connection, String table, Source source, Schema schema)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    for (Field field : schema.fields()) {
      columns.add(quote(field.name()) + " " + DuckDbDialect.typeName(field.type()));
    }
    if (columns.isEmpty()) {
      columns.add(quote(PLACEHOLDER) + " BOOLEAN");
    }
    execute(
        connection, "CREATE TEMP TABLE " + quote(table) + " (" + String.join(", ", columns) + ")");
    if (source instanceof Source.Memory memory) {
      appendFrame(connection, table, memory.frame());
    } else if (source instanceof Source.Sqlite sqlite) {
      appendSqlite(connection, table, sqlite, schema);
    } else if (source instanceof Source.Csv csv) {
      for (Path file : csv.files()) {
        insertCsv(connection, table, csv, file);
      }
    } else {
      throw new IllegalArgumentException("not loaded into a table: " + source);
    }
  }

  private static void appendFrame(DuckDBConnection connection, String table, Frame frame)
      throws SQLException {
    Schema schema = frame.schema();
    try (DuckDBAppender appender = connection.createAppender("temp", "main", table)) {
      for (int r = 0; r < frame.height(); r++) {
        appender.beginRow();
        for (int c = 0; c < schema.size(); c++) {
          append(appender, frame.get(r, c), schema.field(c).type());
        }
        if (schema.size() == 0) {
          appender.appendNull();
        }
        appender.endRow();
      }
    }
  }

  private static void appendSqlite(
      DuckDBConnection connection, String table, Source.Sqlite source, Schema schema)
      throws SQLException {
    try (SqliteReader reader = SqliteReader.open(source, schema);
        DuckDBAppender appender = connection.createAppender("temp", "main", table)) {
      while (reader.next()) {
        appender.beginRow();
        for (int c = 0; c < schema.size(); c++) {
          append(appender, reader.get(c), schema.field(c).type());
        }
        if (schema.size() == 0) {
          appender.appendNull();
        }
        appender.endRow();
      }
    }
  }

  private static void append(DuckDBAppender appender, Object value, DataType type)
      throws SQLException {
    if (value == null) {
      appender.appendNull();
      return;
    }
    switch (type) {
      case BOOLEAN -> appender.append((boolean) (Boolean) value);
      case INT32 -> appender.append((int) (Integer) value);
      case INT64 -> appender.append((long) (Long) value);
      case FLOAT64 -> appender.append((double) (Double) value);
      case STRING -> appender.append((String) value);
      // epoch numbers, not java.time objects: no time zone can shift them
      case TIMESTAMP ->
          appender.appendEpochMicros(TimestampText.toEpochMicros((LocalDateTime) value));
      case DATE -> appender.appendEpochDays(Math.toIntExact(((LocalDate) value).toEpochDay()));
    }
  }

  /**
   * Every field is read as text and converted by the same strict macros as casts, so the file means
   * what {@link dev.frameports.frame.source.CsvText} says: an empty unquoted field is null, {@code
   * ""} is the empty string (and null for non-string columns).
   */
  private static void insertCsv(
      DuckDBConnection connection, String table, Source.Csv csv, Path file) {
    Schema schema = csv.schema();
    List<String> declared = new ArrayList<>();
    List<String> converted = new ArrayList<>();
    for (int c = 0; c < schema.size(); c++) {
      String raw = "c" + c;
      declared.add(literal(raw) + ": 'VARCHAR'");
      DataType type = schema.field(c).type();
      converted.add(
          type == DataType.STRING
              ? raw
              : DuckDbDialect.parseFunction(type) + "(NULLIF(" + raw + ", ''))");
    }
    String sql =
        "INSERT INTO temp.main."
            + quote(table)
            + " SELECT "
            + String.join(", ", converted)
            + " FROM read_csv("
            + literal(file.toAbsolutePath().toString())
            + ", header="
            + csv.header()
            + ", auto_detect=false, delim="
            + literal(String.valueOf(csv.delimiter()))
            + ", quote='\"', escape='\"', allow_quoted_nulls=false, columns={"
            + String.join(", ", declared)
            + "})";
    try {
      execute(connection, sql);
    } catch (SQLException e) {
      throw new SourceException("cannot read CSV file " + file + ": " + DuckDbErrors.summary(e), e);
    }
  }

  static void execute(DuckDBConnection connection, String sql) throws SQLException {
    // a fresh statement each time: DuckDB closes a statement whose execute() failed
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
