package dev.frameports.workloads.postgres;

import java.time.Duration;
import java.util.Locale;

/**
 * What one throughput run did.
 *
 * @param client how the queries were sent
 * @param poolSize connections used
 * @param pipelining queries in flight per connection (1 for {@link QueryClient#JDBC})
 * @param queries queries answered
 * @param elapsed from the first query sent to the last answer (connections opened before, as a
 *     service would hold them; upstream timed whole scripts, pool creation included)
 * @param checksum the sum of all returned counts
 * @param latencies per query, from sent to answered (for the pipelined client, time waiting in the
 *     connection's pipeline included)
 * @param database where the queries ran, as {@link LoadSink#description()}
 */
public record QueryResult(
    QueryClient client,
    int poolSize,
    int pipelining,
    int queries,
    Duration elapsed,
    long checksum,
    Latencies latencies,
    String database) {

  /** Queries per second of wall clock. */
  public double queriesPerSecond() {
    return queries / (Math.max(elapsed.toNanos(), 1) / 1e9);
  }

  /** One line for a terminal: client, pool, QPS, p50/p99 and the checksum. */
  public String summaryLine() {
    return String.format(
        Locale.ROOT,
        "qps %s pool %d%s on %s: %d queries in %.2f s, %.0f queries/s,"
            + " latency p50 %.2f ms p99 %.2f ms, checksum %d",
        client.name().toLowerCase(Locale.ROOT),
        poolSize,
        client == QueryClient.VERTX ? " x" + pipelining + " pipelined" : "",
        database,
        queries,
        elapsed.toNanos() / 1e9,
        queriesPerSecond(),
        latencies.p50() / 1e3,
        latencies.p99() / 1e3,
        checksum);
  }
}
