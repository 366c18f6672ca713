package dev.frameports.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The PostgreSQL section of the decision document")
class PostgresSectionTest {
  @TempDir static Path out;
  static String text;

  @BeforeAll
  static void generate() throws IOException {
    Path document =
        DecisionDocument.generate(
            Results.fixture(Results.FASTEST),
            null,
            Results.fixture("results-postgres.json"),
            out.resolve("decisions"));
    text = Files.readString(document);
  }

  @Test
  @DisplayName("names the server, its durability settings and what fsync off means for the loads")
  void describesTheServer() {
    assertThat(text)
        .contains("## Other workloads: PostgreSQL loading and query throughput")
        .contains("Server: PostgreSQL 18.6, embedded (zonky)")
        .contains("fsync `off`")
        .contains("With fsync off a commit does not wait for the disk")
        .contains("commit `abc1234`");
  }

  @Test
  @DisplayName("tabulates every load with its median, minimum and rows/s, and a failure's reason")
  void loadTable() {
    assertThat(text)
        .contains("| persons | ROW | 1 | PostgreSQL | 100,000 | 20.00 (19.00) | 5,000 | equal |")
        .contains("| persons | COPY | 1 | PostgreSQL | 100,000 | 0.50 (0.40) | 200,000 | equal |")
        .contains("| diabetes-1M | DUCKDB_APPENDER | 1 | DuckDB | – | failed: disk / full |")
        .contains("COPY loads the same 100,000-row persons file 40× faster");
  }

  @Test
  @DisplayName("tabulates every query run with median queries/s and latencies, and the pool shape")
  void queryTable() {
    assertThat(text)
        .contains("| 5,000 | jdbc | postgres | 1 | – | 3 | 100 | 10.00 | 20.00 | equal |")
        .contains("| 5,000 | vertx | postgres | 1 | 16 | 1 | 91 | 150.00 | 270.00 | equal |")
        .contains("| 100,000 | vertx | postgres | 20 | 16 | 0 | failed: server stopped |")
        .contains("one connection ran at 91–100 queries/s (10.0 ms a query")
        .contains("every pool of 2 or more at 200 queries/s, whatever the client")
        .contains("DuckDB in process answered the same query at 5,000 queries/s (pool 1)");
  }

  @Test
  @DisplayName("draws the pool sweep as a chart beside the document")
  void chart() {
    assertThat(text).contains("](0001-charts/postgres-qps.png)");
    assertThat(out.resolve("decisions/0001-charts/postgres-qps.png")).isNotEmptyFile();
  }

  @Test
  @DisplayName("a missing results file is an error naming it")
  void missingFile() {
    Path missing = out.resolve("nope.json");
    assertThatThrownBy(() -> PostgresRun.read(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(missing.toString());
  }
}
