package dev.frameports.frame.source;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.TimestampText;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of a {@link Source.Sqlite} through JDBC, one file after another, converting
 * SQLite's dynamically typed values to the schema's types. Written once for every backend; needs
 * {@code org.xerial:sqlite-jdbc} on the runtime class path. Files are opened read-only.
 *
 * <p>Not thread-safe. The caller closes it; closing releases the current file's connection.
 */
public final class SqliteReader implements AutoCloseable {
  private static final int FETCH_SIZE = 10_000;

  private final Source.Sqlite source;
  private final Schema schema;
  private int fileIndex = -1;
  private @Nullable Connection connection;
  private @Nullable PreparedStatement statement;
  private @Nullable ResultSet resultSet;
  private final Object[] row;

  private SqliteReader(Source.Sqlite source, Schema schema) {
    this.source = source;
    this.schema = schema;
    this.row = new Object[schema.size()];
  }

  /** Opens a reader that converts to {@code schema} (usually {@link #schema(Source.Sqlite)}). */
  public static SqliteReader open(Source.Sqlite source, Schema schema) {
    return new SqliteReader(source, schema);
  }

  /** The declared schema if the source has one, else the one inferred from the first file. */
  public static Schema schema(Source.Sqlite source) {
    return source.schema() != null ? source.schema() : inferSchema(source);
  }

  /**
   * Infers the schema from the first file's declared column types: {@code *INT*} is INT64, {@code
   * *CHAR*}/{@code *TEXT*}/{@code *CLOB*} STRING, {@code *REAL*}/{@code *FLOA*}/{@code
   * *DOUB*}/{@code NUMERIC} FLOAT64, {@code *BOOL*} BOOLEAN, {@code DATETIME}/{@code TIMESTAMP}
   * TIMESTAMP, {@code DATE} DATE, anything else (an expression without declared type) STRING.
   */
  public static Schema inferSchema(Source.Sqlite source) {
    Path file = source.files().get(0);
    try (Connection c = connect(file);
        PreparedStatement ps = c.prepareStatement(source.sql())) {
      bind(ps, source.parameters());
      ResultSetMetaData meta = ps.getMetaData();
      List<Field> fields = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        fields.add(Field.of(meta.getColumnLabel(i), typeOf(meta.getColumnTypeName(i))));
      }
      return new Schema(fields);
    } catch (SQLException e) {
      throw new SourceException("cannot read SQLite file " + file + ": " + e.getMessage(), e);
    }
  }

  static DataType typeOf(@Nullable String declared) {
    String t = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
    if (t.contains("DATETIME") || t.contains("TIMESTAMP")) {
      return DataType.TIMESTAMP;
    } else if (t.equals("DATE")) {
      return DataType.DATE;
    } else if (t.contains("INT")) {
      return DataType.INT64;
    } else if (t.contains("BOOL")) {
      return DataType.BOOLEAN;
    } else if (t.contains("REAL")
        || t.contains("FLOA")
        || t.contains("DOUB")
        || t.equals("NUMERIC")) {
      return DataType.FLOAT64;
    }
    return DataType.STRING;
  }

  /**
   * Advances to the next row, opening the next file when one ends.
   *
   * @return false after the last row of the last file
   */
  public boolean next() {
    try {
      while (resultSet == null || !resultSet.next()) {
        closeCurrent();
        if (++fileIndex >= source.files().size()) {
          return false;
        }
        openCurrent();
      }
      for (int c = 0; c < row.length; c++) {
        row[c] = convert(resultSet.getObject(c + 1), c);
      }
      return true;
    } catch (SQLException e) {
      throw new SourceException(
          "cannot read SQLite file " + currentFile() + ": " + e.getMessage(), e);
    }
  }

  /** The current row's value of a column, converted to its type; null for SQL NULL. */
  public @Nullable Object get(int column) {
    return row[column];
  }

  /** The file being read. */
  public Path currentFile() {
    return source.files().get(Math.min(Math.max(fileIndex, 0), source.files().size() - 1));
  }

  private void openCurrent() throws SQLException {
    Path file = currentFile();
    connection = connect(file);
    statement = connection.prepareStatement(source.sql());
    statement.setFetchSize(FETCH_SIZE);
    bind(statement, source.parameters());
    resultSet = statement.executeQuery();
    ResultSetMetaData meta = resultSet.getMetaData();
    if (meta.getColumnCount() != schema.size()) {
      throw new SourceException(
          "SQLite file "
              + file
              + " gives "
              + meta.getColumnCount()
              + " columns, expected "
              + schema);
    }
  }

  private @Nullable Object convert(@Nullable Object value, int column) {
    if (value == null) {
      return null;
    }
    DataType type = schema.field(column).type();
    try {
      return switch (type) {
        case STRING -> value.toString();
        case INT64 ->
            value instanceof Number n ? (Object) n.longValue() : Long.parseLong(text(value));
        case INT32 ->
            value instanceof Number n
                ? (Object) Math.toIntExact(n.longValue())
                : Integer.parseInt(text(value));
        case FLOAT64 ->
            value instanceof Number n ? (Object) n.doubleValue() : Double.parseDouble(text(value));
        case BOOLEAN ->
            value instanceof Number n ? (Object) (n.longValue() != 0) : parseBoolean(text(value));
        case TIMESTAMP -> (Object) TimestampText.parse(text(value));
        case DATE -> (Object) LocalDate.parse(text(value).substring(0, 10));
      };
    } catch (NumberFormatException
        | ArithmeticException
        | DateTimeParseException
        | StringIndexOutOfBoundsException e) {
      throw new SourceException(
          "SQLite file "
              + currentFile()
              + ", column '"
              + schema.field(column).name()
              + "': value '"
              + value
              + "' is not a "
              + type,
          e);
    }
  }

  private static String text(Object value) {
    return value.toString().strip();
  }

  private static Boolean parseBoolean(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "1" -> Boolean.TRUE;
      case "false", "0" -> Boolean.FALSE;
      default -> throw new NumberFormatException(text);
    };
  }

  static Connection connect(Path file) throws SQLException {
    Globs.requireFile(file);
    Properties properties = new Properties();
    properties.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: never create or modify
    return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties);
  }

  /**
   * Binds parameters; a timestamp becomes text with six fraction digits, as SQLAlchemy stores it.
   */
  static void bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      Object p = parameters.get(i);
      if (p instanceof LocalDateTime ts) {
        ps.setString(i + 1, TimestampText.formatWithMicros(ts));
      } else if (p instanceof LocalDate d) {
        ps.setString(i + 1, d.toString());
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  private void closeCurrent() throws SQLException {
    try (Connection c = connection;
        PreparedStatement s = statement;
        ResultSet r = resultSet) {
      resultSet = null;
      statement = null;
      connection = null;
    }
  }

  @Override
  public void close() {
    try {
      closeCurrent();
    } catch (SQLException e) {
      throw new SourceException("cannot close SQLite file " + currentFile(), e);
    }
  }
}
