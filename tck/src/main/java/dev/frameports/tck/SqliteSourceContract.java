package dev.frameports.tck;

import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.len;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.FrameException;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.Source;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SQLite sources, on fixture files written here with plain JDBC: types from the declared column
 * types, timestamps stored as text in the shapes production uses, several files concatenated in
 * order, queries with bound parameters, and missing files.
 */
public abstract class SqliteSourceContract extends BackendContract {
  private static final String CREATE =
      "CREATE TABLE snapshots (name TEXT, n BIGINT, x FLOAT, ts DATETIME)";
  private static final Schema INFERRED =
      schema("name", STRING, "n", INT64, "x", FLOAT64, "ts", TIMESTAMP);

  /** A SQLite file in the temporary directory, created by running {@code statements}. */
  protected Path sqlite(String fileName, String... statements) {
    Path file = temporaryDirectory().resolve(fileName);
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.executeUpdate(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write fixture " + file, e);
    }
    return file;
  }

  private Path january() {
    return sqlite(
        "gpu_state_2025-01.db",
        CREATE,
        "INSERT INTO snapshots VALUES ('gpu0', 1, 0.5, '2025-01-31 23:59:00')",
        "INSERT INTO snapshots VALUES ('gpu1', NULL, NULL, '2025-01-31 23:59:00.123')",
        "INSERT INTO snapshots VALUES (NULL, -3, 2.25, '2025-01-31 23:59:00.123456')",
        "INSERT INTO snapshots VALUES ('gp\u00FC', 9223372036854775807, -1.5, '2025-02-01T00:00:00')",
        "INSERT INTO snapshots VALUES ('x', 5, 1.0, NULL)");
  }

  private Path february() {
    return sqlite(
        "gpu_state_2025-02.db",
        CREATE,
        "INSERT INTO snapshots VALUES ('feb', 7, 3.5, '2025-02-28 12:00:00.000001')",
        "INSERT INTO snapshots VALUES ('gpu0', 2, NULL, '1969-12-31 23:59:59.999999')");
  }

  @Test
  @DisplayName("a table reads with types from the declared columns and timestamps from text")
  void readsTable() {
    var result = backend().scan(Source.sqliteTable(List.of(january()), "snapshots")).collect();
    assertThatFrame(result)
        .hasSchema(INFERRED)
        .hasRowsInOrder(
            row("gpu0", 1L, 0.5, ts("2025-01-31 23:59:00")),
            row("gpu1", null, null, ts("2025-01-31 23:59:00.123")),
            row(null, -3L, 2.25, ts("2025-01-31 23:59:00.123456")),
            row("gp\u00FC", Long.MAX_VALUE, -1.5, ts("2025-02-01 00:00:00")),
            row("x", 5L, 1.0, null));
  }

  @Test
  @DisplayName("schema() of a table is inferred from the declared column types")
  void schemaOfTable() {
    var frame = backend().scan(Source.sqliteTable(List.of(january()), "snapshots"));
    assertThat(frame.schema()).isEqualTo(INFERRED);
  }

  @Test
  @DisplayName("several files are read one after another, in the order given")
  void severalFilesInOrder() {
    Path jan = january();
    Path feb = february();
    var result =
        backend().scan(Source.sqliteTable(List.of(feb, jan), "snapshots")).select("name").collect();
    assertThatFrame(result)
        .hasColumnValues("name", "feb", "gpu0", "gpu0", "gpu1", null, "gp\u00FC", "x");
  }

  @Test
  @DisplayName("a query runs on each file with its parameters bound in order")
  void queryWithParameters() {
    var source =
        Source.sqliteQuery(
            List.of(january(), february()),
            "SELECT name, n FROM snapshots WHERE n >= ? AND name <> ? ORDER BY n DESC",
            0L,
            "gpu0");
    var result = backend().scan(source).collect();
    assertThatFrame(result)
        .hasSchema(schema("name", STRING, "n", INT64))
        .hasRowsInOrder(row("gp\u00FC", Long.MAX_VALUE), row("x", 5L), row("feb", 7L));
  }

  @Test
  @DisplayName("a query with a declared schema types its computed columns")
  void queryWithDeclaredSchema() {
    var source =
        Source.sqliteQuery(
            List.of(january()),
            schema("name", STRING, "doubled", INT64),
            "SELECT name, n * 2 AS doubled FROM snapshots WHERE n BETWEEN ? AND ? ORDER BY n",
            1L,
            5L);
    var result = backend().scan(source).collect();
    assertThatFrame(result)
        .hasSchema(schema("name", STRING, "doubled", INT64))
        .hasRowsInOrder(row("gpu0", 2L), row("x", 10L));
  }

  @Test
  @DisplayName("plans run on top of a SQLite scan like on any other source")
  void plansOverSqlite() {
    var result =
        backend()
            .scan(Source.sqliteTable(List.of(january(), february()), "snapshots"))
            .filter(col("ts").ge(ts("2025-01-31 23:59:00.1")))
            .groupBy("name")
            .agg(len(), col("x").sum())
            .collect();
    assertThatFrame(result)
        .hasRowsInAnyOrder(
            row("gpu1", 1L, null),
            row(null, 1L, 2.25),
            row("gp\u00FC", 1L, -1.5),
            row("feb", 1L, 3.5));
  }

  @Test
  @DisplayName("a missing file is a SourceException naming it, raised by the source factory")
  void missingFileFails() {
    Path existing = january();
    Path missing = temporaryDirectory().resolve("gpu_state_1999-01.db");
    assertThatThrownBy(() -> Source.sqliteTable(List.of(existing, missing), "snapshots"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(missing.toString());
    assertThatThrownBy(() -> Source.sqliteQuery(List.of(missing), "SELECT 1"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("gpu_state_1999-01.db");
  }

  @Test
  @DisplayName("a stored value that does not parse as its declared type names the file")
  void badValueNamesTheFile() {
    Path broken =
        sqlite(
            "broken.db",
            CREATE,
            "INSERT INTO snapshots VALUES ('ok', 1, 1.0, '2025-01-01 00:00:00')",
            "INSERT INTO snapshots VALUES ('bad', 2, 2.0, 'not a time')");
    var frame = backend().scan(Source.sqliteTable(List.of(broken), "snapshots"));
    assertThatThrownBy(frame::collect)
        .isInstanceOf(FrameException.class)
        .hasMessageContaining("broken.db");
  }
}
