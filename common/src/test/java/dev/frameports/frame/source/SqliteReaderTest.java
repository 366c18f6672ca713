package dev.frameports.frame.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteReaderTest {
  @TempDir Path dir;

  private Path database(String name, String... statements) throws SQLException {
    Path file = dir.resolve(name);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE gpu_state (Name TEXT, GPUs_GlobalMemoryMb BIGINT, "
              + "GPUsAverageUsage FLOAT, timestamp DATETIME)");
      for (String sql : statements) {
        s.execute(sql);
      }
    }
    return file;
  }

  private static List<List<Object>> readAll(Source.Sqlite source) {
    List<List<Object>> rows = new ArrayList<>();
    Schema schema = SqliteReader.schema(source);
    try (SqliteReader reader = SqliteReader.open(source, schema)) {
      while (reader.next()) {
        Object[] row = new Object[schema.size()];
        for (int c = 0; c < row.length; c++) {
          row[c] = reader.get(c);
        }
        rows.add(Arrays.asList(row));
      }
    }
    return rows;
  }

  @Test
  @DisplayName("declared pandas column types become API types")
  void infersTypes() throws SQLException {
    Path file = database("a.db");
    Schema schema =
        SqliteReader.schema((Source.Sqlite) Source.sqliteTable(List.of(file), "gpu_state"));
    assertThat(schema)
        .isEqualTo(
            Schema.of(
                Field.of("Name", DataType.STRING),
                Field.of("GPUs_GlobalMemoryMb", DataType.INT64),
                Field.of("GPUsAverageUsage", DataType.FLOAT64),
                Field.of("timestamp", DataType.TIMESTAMP)));
  }

  @Test
  @DisplayName("several files are read in order; text timestamps with and without fraction parse")
  void readsFilesInOrder() throws SQLException {
    Path first =
        database(
            "gpu_state_2025-01.db",
            "INSERT INTO gpu_state VALUES ('slot1@a', 40536, 0.5, '2025-01-31 23:55:01.482913')");
    Path second =
        database(
            "gpu_state_2025-02.db",
            "INSERT INTO gpu_state VALUES ('slot1@b', NULL, NULL, '2025-02-01 00:00:00')");
    var rows = readAll((Source.Sqlite) Source.sqliteTable(List.of(first, second), "gpu_state"));
    assertThat(rows)
        .containsExactly(
            List.of("slot1@a", 40536L, 0.5, LocalDateTime.parse("2025-01-31T23:55:01.482913")),
            Arrays.asList("slot1@b", null, null, LocalDateTime.parse("2025-02-01T00:00")));
  }

  @Test
  @DisplayName("query parameters are bound, timestamps as six-digit text")
  void bindsParameters() throws SQLException {
    Path file =
        database(
            "p.db",
            "INSERT INTO gpu_state VALUES ('x', 1, 0, '2025-01-01 10:00:00.000001')",
            "INSERT INTO gpu_state VALUES ('y', 2, 0, '2025-01-01 09:59:59.999999')");
    var source =
        (Source.Sqlite)
            Source.sqliteQuery(
                List.of(file),
                "SELECT Name FROM gpu_state WHERE timestamp >= ?",
                LocalDateTime.parse("2025-01-01T10:00"));
    assertThat(readAll(source)).containsExactly(List.of("x"));
  }

  @Test
  @DisplayName("a value that does not fit its declared type names the file and column")
  void badValueNamesFileAndColumn() throws SQLException {
    Path file = database("bad.db", "INSERT INTO gpu_state VALUES ('x', 1, 0, 'not a time')");
    var source = (Source.Sqlite) Source.sqliteTable(List.of(file), "gpu_state");
    assertThatThrownBy(() -> readAll(source))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("bad.db")
        .hasMessageContaining("'timestamp'");
  }

  @Test
  @DisplayName("a missing file is reported before anything runs")
  void missingFile() {
    assertThatThrownBy(() -> Source.sqliteTable(List.of(dir.resolve("nope.db")), "gpu_state"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("nope.db");
  }
}
