package dev.frameports.workloads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import dev.frameports.workloads.postgres.PostgresServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code pg load|qps} commands end to end on real databases, at tiny sizes (500 persons, 1,000
 * queries, diabetes 10k). Commands without {@code --jdbc-url} start their own embedded PostgreSQL;
 * the others share one started here, as an external server.
 */
@DisplayName("The pg load and pg qps commands")
class PgCommandsTest {
  private static PostgresServer shared;

  @TempDir Path dir;

  private String out = "";
  private String err = "";

  @BeforeAll
  static void start() {
    shared = PostgresServer.embedded();
  }

  @AfterAll
  static void stop() {
    shared.close();
  }

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = FrameportsMain.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  @DisplayName("pg load copies generated persons into an embedded server, shows progress, checks")
  void loadPersonsWithCopy() {
    int code = run("pg", "load", "--rows", "500", "--strategy", "copy");

    assertThat(code).as(err).isZero();
    assertThat(out)
        .contains("load persons with COPY (1 worker) into embedded PostgreSQL at jdbc:postgresql:")
        .contains(": 500 rows in ")
        .contains("rows/s");
    assertThat(out.strip().lines().reduce((a, b) -> b))
        .hasValueSatisfying(last -> assertThat(last).startsWith("oracle: matches (500 rows"));
    assertThat(err).contains("generate persons: 500/500 rows").contains("load persons: 500 rows");
  }

  @Test
  @DisplayName("pg load row-parallel inserts row by row with workers into a running server")
  void loadPersonsRowParallelIntoARunningServer() {
    int code =
        run(
            "pg",
            "load",
            "--rows",
            "500",
            "--strategy",
            "row-parallel",
            "--workers",
            "3",
            "--jdbc-url",
            shared.jdbcUrl(),
            "--user",
            shared.user(),
            "--quiet");

    assertThat(code).as(err).isZero();
    assertThat(out)
        .contains(
            "load persons with ROW_PARALLEL (3 workers) into PostgreSQL at " + shared.jdbcUrl())
        .contains(": 500 rows in ")
        .contains("oracle: matches (500 rows");
    assertThat(err).isEmpty();
  }

  @Test
  @DisplayName("pg load --rust-ages draws ages 18..64 as upstream's Rust generator, oracle equal")
  void rustAgesAreEighteenToSixtyFour() throws SQLException {
    int code =
        run(
            "pg",
            "load",
            "--rows",
            "2000",
            "--rust-ages",
            "--jdbc-url",
            shared.jdbcUrl(),
            "--quiet");

    assertThat(code).as(err).isZero();
    assertThat(out).contains("oracle: matches (2000 rows");
    try (Connection connection = shared.connection();
        ResultSet ages =
            connection.createStatement().executeQuery("SELECT min(age), max(age) FROM persons")) {
      ages.next();
      assertThat(ages.getInt(1)).isEqualTo(18);
      assertThat(ages.getInt(2)).isEqualTo(64);
    }
  }

  @Test
  @DisplayName("pg load diabetes 10k with batch, twice: both trials, their statistics, the oracle")
  void loadDiabetesWithBatch() {
    Path data = dir.resolve("diabetes");
    int code =
        run(
            "pg",
            "load",
            "--table",
            "diabetes",
            "--rows",
            "10k",
            "--strategy",
            "batch",
            "--trials",
            "2",
            "--data-dir",
            data.toString(),
            "--jdbc-url",
            shared.jdbcUrl(),
            "--quiet");

    assertThat(code).as(err).isZero();
    assertThat(out)
        .contains("trial 1/2: load csvdata with BATCH (1 worker)")
        .contains("trial 2/2: load csvdata with BATCH (1 worker)")
        .contains(": 10000 rows in ")
        .contains("2 trials: median ")
        .contains("oracle: matches (10000 rows; ids 1..10000, the 9 column sums and 1 distinct");
    assertThat(data.resolve("10k_benchmarking_data.csv")).isRegularFile();
  }

  @Test
  @DisplayName("pg load with duckdb-appender loads an in-memory DuckDB and equals the oracle")
  void loadPersonsIntoDuckDb() {
    int code = run("pg", "load", "--rows", "500", "--strategy", "duckdb-appender", "--quiet");

    assertThat(code).as(err).isZero();
    assertThat(out)
        .contains("load persons with DUCKDB_APPENDER (1 worker) into in-memory DuckDB: 500 rows")
        .contains("oracle: matches (500 rows");
  }

  @Test
  @DisplayName("pg qps runs both clients on pools 1 and 5, each checksum equal to the oracle")
  void qpsBothClients() {
    int code =
        run("pg", "qps", "--persons", "500", "--queries", "1000", "--pool", "1,5", "--quiet");

    assertThat(code).as(err).isZero();
    assertThat(out).contains("load persons with COPY").contains("table: matches the oracle");
    assertThat(out.lines().filter(l -> l.startsWith("qps ")))
        .hasSize(4)
        .allSatisfy(l -> assertThat(l).contains("1000 queries in ").contains("queries/s"))
        .anySatisfy(l -> assertThat(l).startsWith("qps jdbc pool 1 on embedded PostgreSQL"))
        .anySatisfy(l -> assertThat(l).startsWith("qps jdbc pool 5 on embedded PostgreSQL"))
        .anySatisfy(l -> assertThat(l).startsWith("qps vertx pool 1 x16 pipelined on"))
        .anySatisfy(l -> assertThat(l).startsWith("qps vertx pool 5 x16 pipelined on"));
    assertThat(out.lines().filter(l -> l.equals("  checksum matches the oracle"))).hasSize(4);
  }

  @Test
  @DisplayName("pg qps on DuckDB runs the JDBC client only, and refuses the Vert.x one")
  void qpsOnDuckDbIsJdbcOnly() {
    int code =
        run(
            "pg",
            "qps",
            "--database",
            "duckdb",
            "--persons",
            "500",
            "--queries",
            "1000",
            "--quiet");

    assertThat(code).as(err).isZero();
    assertThat(out.lines().filter(l -> l.startsWith("qps ")))
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("qps jdbc pool 5 on in-memory DuckDB"));
    assertThat(out).contains("  checksum matches the oracle");

    assertThat(run("pg", "qps", "--database", "duckdb", "--client", "vertx")).isEqualTo(2);
    assertThat(err).contains("--client vertx").contains("PostgreSQL only");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "load --strategy sideways | --strategy | sideways",
        "qps --pool 0 | --pool | 0",
        "load --rows 12k --table diabetes | --rows | 12k",
        "load --rows many | --rows | many",
        "load --table people | --table | people",
        "qps --client grpc | --client | grpc",
        "load --workers 0 | --workers | 0",
        "load --user bob | --user | --jdbc-url",
        "load --jdbc-url jdbc:mysql://localhost/x | --jdbc-url | jdbc:mysql",
        "load --jdbc-url jdbc:postgresql://localhost/x --password-env FRAMEPORTS_UNSET_9F"
            + " | --password-env | FRAMEPORTS_UNSET_9F"
      })
  @DisplayName("a bad option value is a usage error naming the option and the value")
  void badValuesAreUsageErrors(String args, String option, String value) {
    String[] words = ("pg " + args).split(" ");

    assertThat(run(words)).as(out + err).isEqualTo(2);
    assertThat(err).contains(option).contains(value);
    assertThat(err.lines()).hasSize(1);
  }

  @Test
  @DisplayName("a server that cannot be reached fails with one line naming its URL, no stack")
  void unreachableServer() {
    String url = "jdbc:postgresql://localhost:1/none";

    int code = run("pg", "load", "--rows", "10", "--jdbc-url", url, "--quiet");

    assertThat(code).isEqualTo(15);
    assertThat(err).contains("cannot connect to PostgreSQL at " + url);
    assertThat(err.lines()).hasSize(1);
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  @DisplayName("pg alone is a usage error; pg load --help explains every strategy")
  void parentAndHelp() {
    assertThat(run("pg")).isEqualTo(2);
    assertThat(err).contains("missing workload: load or qps");

    assertThat(run("pg", "load", "--help")).isZero();
    assertThat(out)
        .contains("row ", "row-parallel ", "row-parallel-shared ", "batch ", "copy ")
        .contains("duckdb-appender ")
        .contains("upstream's span");
    assertThat(run("pg", "qps", "--help")).isZero();
    assertThat(out).contains("queries/s").contains("checksum");
  }

  @Test
  @DisplayName("a table that differs from the oracle prints every difference and exits 17")
  void oracleMismatchFails() {
    PgOracleCheck check =
        new PgOracleCheck(
            "persons",
            database -> List.of("count(*): expected 500, table has 499", "sum(id): expected 1"),
            "500 rows");
    StringWriter text = new StringWriter();

    try (PgDatabase database = PgDatabase.duckDb()) {
      assertThatThrownBy(() -> check.require(database, "after trial 2", new PrintWriter(text)))
          .isInstanceOfSatisfying(
              CliFailure.class, f -> assertThat(f.exitCode()).isEqualTo(ExitCode.ORACLE_MISMATCH))
          .hasMessage(
              "table persons on in-memory DuckDB after trial 2 differs from the generator's"
                  + " oracle: count(*): expected 500, table has 499 (and 1 more)");
    }
    assertThat(text.toString().lines())
        .containsExactly(
            "difference: count(*): expected 500, table has 499", "difference: sum(id): expected 1");
  }

  @Test
  @DisplayName("the root command's help lists pg")
  void rootListsPg() {
    assertThat(run("--help")).isZero();
    assertThat(out).contains("pg load|qps").containsPattern("(?m)^\\s+pg\\s");
  }
}
