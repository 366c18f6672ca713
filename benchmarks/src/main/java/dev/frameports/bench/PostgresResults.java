package dev.frameports.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The results file of the PostgreSQL suite ({@code <stamp>-postgres.json}, {@code
 * latest-postgres.json}); field names are the JSON names. Written after every measurement with
 * {@code complete} false, and once more at the end.
 *
 * @param server what the PostgreSQL server was: version and the settings that change the numbers
 */
public record PostgresResults(
    int formatVersion,
    String suite,
    String size,
    String startedAt,
    String finishedAt,
    boolean complete,
    Environment environment,
    Map<String, String> server,
    List<Load> loads,
    List<Queries> queries) {

  /**
   * One load measurement: every trial reloaded the table from the same file.
   *
   * @param seconds each trial's wall clock, file opened to last commit
   * @param oracleMatches whether the table equalled the generator's oracle after every trial
   * @param failure why the measurement failed, or null
   */
  public record Load(
      String key,
      String table,
      long rows,
      String strategy,
      int workers,
      String sink,
      List<Double> seconds,
      @Nullable Double medianSeconds,
      @Nullable Double meanSeconds,
      @Nullable Double minSeconds,
      @Nullable Double rowsPerSecond,
      boolean oracleMatches,
      @Nullable String failure) {}

  /**
   * One throughput measurement.
   *
   * @param seconds each trial's wall clock, first query sent to last answer
   * @param queriesPerSecond per trial
   * @param p50Millis per trial, median latency
   * @param p99Millis per trial, 99th percentile latency
   * @param checksum the sum of all counts of the last trial
   * @param expectedChecksum the oracle's
   */
  public record Queries(
      String key,
      String client,
      String database,
      int pool,
      int pipelining,
      int persons,
      int queries,
      List<Double> seconds,
      List<Double> queriesPerSecond,
      List<Double> p50Millis,
      List<Double> p99Millis,
      @Nullable Double medianQueriesPerSecond,
      long checksum,
      long expectedChecksum,
      boolean checksumMatches,
      @Nullable String failure) {}

  /**
   * Writes {@code <dir>/<yyyyMMdd-HHmmss>-postgres[-tiny].json} and {@code latest-...json}, each
   * atomically.
   */
  public Path write(Path dir, Instant started) {
    return ResultsJson.write(
        this, dir, started, size.equals("bench") ? "postgres" : "postgres-" + size);
  }
}
