package dev.frameports.bench;

import dev.frameports.bench.PostgresSize.LoadCase;
import dev.frameports.bench.PostgresSuite.Inputs;
import dev.frameports.workloads.postgres.DuckDbSink;
import dev.frameports.workloads.postgres.LoadResult;
import dev.frameports.workloads.postgres.LoadSink;
import dev.frameports.workloads.postgres.PostgresServer;
import dev.frameports.workloads.postgres.TableLoader;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The load measurements of the PostgreSQL suite: each trial reloads and checks the table. */
final class PostgresLoads {
  private PostgresLoads() {}

  static PostgresResults.Load measure(
      PostgresServer server, LoadCase load, Inputs inputs, int trials, PrintStream progress) {
    List<Double> seconds = new ArrayList<>();
    long rows = 0;
    boolean matches = true;
    String failure = null;
    String sink = server.description();
    for (int trial = 0; trial < trials && failure == null; trial++) {
      try (DuckDbSink duckDb = load.strategy().targetsPostgres() ? null : PostgresSuite.duckDb()) {
        LoadSink target = duckDb == null ? server : duckDb;
        sink = target.description();
        LoadResult result =
            TableLoader.load(
                target,
                load.strategy(),
                inputs.table(load),
                inputs.file(load),
                inputs.options(load));
        seconds.add(result.elapsed().toNanos() / 1e9);
        rows = result.rows();
        List<String> differences = inputs.differences(target, load);
        if (!differences.isEmpty()) {
          matches = false;
          failure = "the table differs from the oracle: " + differences;
        }
      } catch (RuntimeException | SQLException e) {
        matches = false;
        failure = e.getMessage();
      }
    }
    Double median = JmhRun.median(seconds);
    PostgresResults.Load measured =
        new PostgresResults.Load(
            load.key(),
            inputs.table(load).tableName(),
            rows,
            load.strategy().name(),
            load.workers(),
            sink,
            List.copyOf(seconds),
            median,
            seconds.isEmpty()
                ? null
                : seconds.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
            seconds.stream().min(Double::compare).orElse(null),
            median == null ? null : rows / median,
            matches,
            failure);
    progress.println(describe(measured));
    return measured;
  }

  private static String describe(PostgresResults.Load m) {
    if (m.failure() != null) {
      return "load " + m.key() + ": FAILED " + m.failure();
    }
    return String.format(
        Locale.ROOT,
        "load %s: %d rows, median %.2f s (min %.2f, %d trials), %.0f rows/s, oracle matches",
        m.key(),
        m.rows(),
        m.medianSeconds(),
        m.minSeconds(),
        m.seconds().size(),
        m.rowsPerSecond());
  }
}
