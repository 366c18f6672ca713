package dev.frameports.bench;

import dev.frameports.bench.PostgresSize.QueryCase;
import dev.frameports.bench.PostgresSuite.Inputs;
import dev.frameports.workloads.postgres.DuckDbSink;
import dev.frameports.workloads.postgres.LoadOptions;
import dev.frameports.workloads.postgres.LoadSink;
import dev.frameports.workloads.postgres.LoadStrategy;
import dev.frameports.workloads.postgres.LoadTable;
import dev.frameports.workloads.postgres.PostgresServer;
import dev.frameports.workloads.postgres.QueryClient;
import dev.frameports.workloads.postgres.QueryOptions;
import dev.frameports.workloads.postgres.QueryResult;
import dev.frameports.workloads.postgres.QuerySpec;
import dev.frameports.workloads.postgres.QueryThroughput;
import dev.frameports.workloads.postgres.TableCheck;
import dev.frameports.workloads.postgres.TableLoader;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The throughput measurements of the PostgreSQL suite: the persons table is loaded (COPY, or the
 * DuckDB appender; untimed, checked), then the queries run {@code trials} times.
 */
final class PostgresQueries {
  private PostgresQueries() {}

  static PostgresResults.Queries measure(
      PostgresServer server, QueryCase query, Inputs inputs, PrintStream progress) {
    QuerySpec spec = QuerySpec.upstream(query.queries());
    long expected = inputs.personsOracle().checksum(spec);
    QueryOptions options = QueryOptions.pool(query.pool());
    List<Double> seconds = new ArrayList<>();
    List<Double> qps = new ArrayList<>();
    List<Double> p50 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    long checksum = 0;
    String failure = null;
    boolean duck = query.database().equals("duckdb");
    try (DuckDbSink duckDb = duck ? PostgresSuite.duckDb() : null) {
      LoadSink database = duck ? duckDb : server;
      loadPersons(database, inputs);
      for (int trial = 0; trial < query.trials(); trial++) {
        QueryResult result = QueryThroughput.run(database, query.client(), spec, options);
        seconds.add(result.elapsed().toNanos() / 1e9);
        qps.add(result.queriesPerSecond());
        p50.add(result.latencies().p50() / 1e3);
        p99.add(result.latencies().p99() / 1e3);
        checksum = result.checksum();
        if (checksum != expected) {
          failure = "checksum " + checksum + " differs from the oracle's " + expected;
          break;
        }
      }
    } catch (RuntimeException | SQLException e) {
      failure = e.getMessage();
    }
    PostgresResults.Queries measured =
        new PostgresResults.Queries(
            query.key(),
            query.client().name().toLowerCase(Locale.ROOT),
            query.database(),
            query.pool(),
            query.client() == QueryClient.VERTX ? options.pipelining() : 1,
            inputs.personsOracle().rows() > Integer.MAX_VALUE
                ? -1
                : (int) inputs.personsOracle().rows(),
            query.queries(),
            List.copyOf(seconds),
            List.copyOf(qps),
            List.copyOf(p50),
            List.copyOf(p99),
            JmhRun.median(qps),
            checksum,
            expected,
            failure == null && !seconds.isEmpty(),
            failure);
    progress.println(describe(measured));
    return measured;
  }

  /** Loads persons unless the database holds exactly the oracle's table already. */
  private static void loadPersons(LoadSink database, Inputs inputs) throws SQLException {
    // the PostgreSQL suite's loads left persons behind: checked, not reloaded
    if (database instanceof PostgresServer && holdsPersons(database, inputs)) {
      return;
    }
    LoadStrategy strategy =
        database instanceof PostgresServer ? LoadStrategy.COPY : LoadStrategy.DUCKDB_APPENDER;
    TableLoader.load(
        database, strategy, LoadTable.PERSONS, inputs.persons(), LoadOptions.defaults());
    if (!holdsPersons(database, inputs)) {
      throw new IllegalStateException(
          "the persons table of " + database.description() + " differs from the oracle");
    }
  }

  private static boolean holdsPersons(LoadSink database, Inputs inputs) {
    try (Connection connection = database.connection()) {
      return TableCheck.compare(connection, inputs.personsOracle()).isEmpty();
    } catch (SQLException e) {
      return false; // no table yet
    }
  }

  private static String describe(PostgresResults.Queries m) {
    if (m.failure() != null) {
      return "queries " + m.key() + ": FAILED " + m.failure();
    }
    return String.format(
        Locale.ROOT,
        "queries %s: median %.0f queries/s over %d trials, p50 %.2f ms, p99 %.2f ms, checksum"
            + " matches",
        m.key(),
        m.medianQueriesPerSecond(),
        m.seconds().size(),
        JmhRun.median(m.p50Millis()),
        JmhRun.median(m.p99Millis()));
  }
}
