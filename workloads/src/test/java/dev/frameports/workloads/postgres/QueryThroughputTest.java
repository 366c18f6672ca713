package dev.frameports.workloads.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.frameports.workloads.Progress;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.IntSummaryStatistics;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Both clients against one embedded PostgreSQL holding 2,000 generated persons. */
class QueryThroughputTest {
  private static final QuerySpec THOUSAND = QuerySpec.upstream(1_000);

  @TempDir static Path dir;
  private static PostgresServer postgres;
  private static PersonsOracle oracle;

  @BeforeAll
  static void start() {
    postgres = PostgresServer.embedded();
    Path persons = dir.resolve("persons.csv");
    oracle = PersonsGenerator.write(persons, PersonsSpec.of(2_000, 7), Progress.NONE);
    TableLoader.load(
        postgres, LoadStrategy.COPY, LoadTable.PERSONS, persons, LoadOptions.defaults());
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @ParameterizedTest(name = "{0}, pool {1}")
  @CsvSource({"JDBC, 1", "JDBC, 2", "JDBC, 5", "JDBC, 20", "VERTX, 1", "VERTX, 5", "VERTX, 20"})
  @DisplayName("1000 seeded queries all succeed and their counts sum to the oracle's checksum")
  void thousandSeededQueriesMatchTheOracle(QueryClient client, int pool) {
    QueryResult result = QueryThroughput.run(postgres, client, THOUSAND, QueryOptions.pool(pool));

    assertThat(result.queries()).isEqualTo(1_000);
    assertThat(result.checksum()).isEqualTo(oracle.checksum(THOUSAND));
    assertThat(result.poolSize()).isEqualTo(pool);
    assertThat(result.queriesPerSecond()).isPositive();
    Latencies latencies = result.latencies();
    assertThat(latencies.p50()).isPositive().isLessThanOrEqualTo(latencies.p90());
    assertThat(latencies.p90()).isLessThanOrEqualTo(latencies.p99());
    assertThat(latencies.p99()).isLessThanOrEqualTo(latencies.max());
  }

  @Test
  @DisplayName(
      "the checksum is the sum of age > t counts, which differ from threshold to threshold")
  void checksumDependsOnTheThresholds() {
    QuerySpec rust = QuerySpec.upstreamRust(1_000);
    QueryResult result =
        QueryThroughput.run(postgres, QueryClient.JDBC, rust, QueryOptions.pool(2));

    assertThat(result.checksum()).isEqualTo(oracle.checksum(rust));
    assertThat(oracle.checksum(rust)).isNotEqualTo(oracle.checksum(THOUSAND));
    assertThat(IntStream.of(rust.thresholds()).summaryStatistics())
        .returns(22, IntSummaryStatistics::getMin)
        .returns(64, IntSummaryStatistics::getMax);
    assertThat(THOUSAND.thresholds()).contains(22, 65).containsExactly(THOUSAND.thresholds());
  }

  @Test
  @DisplayName("the JDBC client runs the same queries in process against DuckDB")
  void jdbcClientQueriesDuckDb() throws SQLException {
    try (DuckDbSink duckDb = DuckDbSink.inMemory()) {
      TableLoader.load(
          duckDb,
          LoadStrategy.DUCKDB_APPENDER,
          LoadTable.PERSONS,
          dir.resolve("persons.csv"),
          LoadOptions.defaults());
      QueryResult result =
          QueryThroughput.run(duckDb, QueryClient.JDBC, THOUSAND, QueryOptions.pool(2));

      assertThat(result.checksum()).isEqualTo(oracle.checksum(THOUSAND));
      assertThat(result.database()).isEqualTo("in-memory DuckDB");
      assertThatThrownBy(
              () -> QueryThroughput.run(duckDb, QueryClient.VERTX, THOUSAND, QueryOptions.pool(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("PostgreSQL only");
    }
  }

  @Test
  @DisplayName("progress is told every thousand answers, with the total")
  void progressCountsAnswers() {
    AtomicLong last = new AtomicLong();
    QueryOptions options =
        QueryOptions.pool(2).withProgress((done, total) -> last.accumulateAndGet(done, Math::max));
    QueryThroughput.run(postgres, QueryClient.VERTX, QuerySpec.upstream(3_000), options);

    assertThat(last.get()).isEqualTo(3_000);
  }

  @Test
  @DisplayName("a database without the persons table fails with a message naming it, both clients")
  void missingTableIsAClearError() {
    try (PostgresServer empty = PostgresServer.embedded()) {
      for (QueryClient client : QueryClient.values()) {
        assertThatThrownBy(() -> QueryThroughput.run(empty, client, THOUSAND, QueryOptions.pool(2)))
            .as(client.name())
            .isInstanceOf(QueryException.class)
            .hasMessageContaining(empty.description())
            .hasMessageContaining("persons");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(QueryClient.class)
  @DisplayName("a failure in the middle of a run stops it with a QueryException, never a hang")
  void failureMidRunStopsTheRun(QueryClient client) {
    QueryOptions options =
        QueryOptions.pool(2)
            .withProgress(
                (done, total) -> {
                  throw new IllegalStateException("progress refused at " + done);
                });

    assertTimeoutPreemptively(
        Duration.ofMinutes(2),
        () ->
            assertThatThrownBy(
                    () -> QueryThroughput.run(postgres, client, QuerySpec.upstream(5_000), options))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining(postgres.description())
                .hasMessageContaining("progress refused at 1000"));
  }

  @Test
  @DisplayName("the Vert.x client refuses a JDBC URL with parameters instead of dropping them")
  void vertxRefusesUrlParameters() {
    PostgresServer withParameters =
        PostgresServer.external(postgres.jdbcUrl() + "?sslmode=disable", "postgres", "");

    assertThatThrownBy(
            () ->
                QueryThroughput.run(
                    withParameters, QueryClient.VERTX, THOUSAND, QueryOptions.pool(1)))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("?sslmode=disable")
        .hasMessageContaining("jdbc client");
  }
}
