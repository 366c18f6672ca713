package dev.frameports.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("DuckDbBackendProvider")
class DuckDbBackendProviderTest {
  @TempDir Path temporary;

  @Test
  @DisplayName("applies memory_limit, threads and temp_directory to DuckDB")
  void appliesOptions() {
    Map<String, String> options =
        Map.of("memory_limit", "1GB", "threads", "1", "temp_directory", temporary.toString());
    try (DuckDbBackend backend = (DuckDbBackend) Backends.load("duckdb", options)) {
      assertThat(backend.setting("memory_limit")).isEqualTo("953.6 MiB"); // 1 GB in MiB
      assertThat(backend.setting("threads")).isEqualTo("1");
      assertThat(backend.setting("temp_directory")).isEqualTo(temporary.toString());
    }
    assertThat(temporary).as("a directory the caller chose is kept").isDirectory();
  }

  @Test
  @DisplayName("applies preserve_insertion_order, keeping DuckDB's default when absent")
  void appliesPreserveInsertionOrder() {
    try (DuckDbBackend backend =
        (DuckDbBackend) Backends.load("duckdb", Map.of("preserve_insertion_order", "false"))) {
      assertThat(backend.setting("preserve_insertion_order")).isEqualTo("false");
    }
    try (DuckDbBackend backend = (DuckDbBackend) Backends.load("duckdb", Map.of())) {
      assertThat(backend.setting("preserve_insertion_order")).isEqualTo("true");
    }
  }

  @Test
  @DisplayName("rejects a preserve_insertion_order that is not true or false, naming it")
  void rejectsBadPreserveInsertionOrder() {
    assertThatThrownBy(
            () -> new DuckDbBackendProvider().create(Map.of("preserve_insertion_order", "no")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("preserve_insertion_order")
        .hasMessageContaining("'no'");
  }

  @Test
  @DisplayName("spills to a fresh temporary directory that close() deletes")
  void ownsItsDefaultTemporaryDirectory() {
    Path directory;
    try (DuckDbBackend backend = (DuckDbBackend) new DuckDbBackendProvider().create(Map.of())) {
      directory = Path.of(backend.setting("temp_directory"));
      assertThat(directory).isDirectory();
    }
    assertThat(Files.exists(directory)).isFalse();
  }

  @Test
  @DisplayName("rejects an unknown option, listing the known ones")
  void rejectsUnknownOptions() {
    assertThatThrownBy(() -> new DuckDbBackendProvider().create(Map.of("memory", "1GB")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'memory'")
        .hasMessageContaining("memory_limit, threads, temp_directory");
  }

  @Test
  @DisplayName("rejects an option value DuckDB does not accept")
  void rejectsBadValues() {
    assertThatThrownBy(() -> new DuckDbBackendProvider().create(Map.of("threads", "many")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads");
  }

  @Test
  @DisplayName("is listed when an unknown backend is asked for")
  void isListedByBackends() {
    assertThatThrownBy(() -> Backends.load("nope"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("duckdb");
  }

  @Test
  @DisplayName("close() is idempotent and the backend refuses work afterwards")
  void closeIsIdempotent() {
    Backend backend = new DuckDbBackendProvider().create(Map.of());
    Frame frame = Frame.ofRows(Schema.of(Field.of("x", DataType.INT32)), List.of(List.of(1)));
    backend.close();
    backend.close();
    assertThatThrownBy(() -> backend.from(frame).collect())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  @DisplayName("explain() prints the DuckDB SQL with its parameters and tables")
  void explainPrintsSql() {
    try (Backend backend = new DuckDbBackendProvider().create(Map.of())) {
      Frame frame =
          Frame.ofRows(Schema.of(Field.of("name", DataType.STRING)), List.of(List.of("O'Brien")));
      String explain =
          backend.from(frame).filter(dev.frameports.frame.Expr.col("name").eq("O'Brien")).explain();
      assertThat(explain)
          .startsWith("WITH \"q1\" AS (")
          .contains("WHERE (\"name\" = CAST(? AS VARCHAR))")
          .contains("--   1: 'O''Brien'")
          .contains("\"__fp_frame_1\" <- memory 1 rows");
    }
  }
}
