package dev.frameports.workloads.postgres;

import java.time.Duration;

/**
 * Seed 002's query half: many {@code SELECT COUNT(*) AS count FROM persons WHERE age > $1} against
 * a loaded {@code persons} table, as fast as the client allows. The table is only read.
 */
public final class QueryThroughput {
  /** The upstream query, in JDBC's placeholder syntax. */
  static final String JDBC_SQL = "SELECT COUNT(*) AS count FROM persons WHERE age > ?";

  /** The upstream query, in PostgreSQL's placeholder syntax (Vert.x sends it as is). */
  static final String POSTGRES_SQL = "SELECT COUNT(*) AS count FROM persons WHERE age > $1";

  private QueryThroughput() {}

  /**
   * Sends every query of {@code spec} and waits for all answers.
   *
   * @param database a {@link PostgresServer}, or a {@link DuckDbSink} for {@link QueryClient#JDBC}
   * @throws IllegalArgumentException when {@code client} cannot reach that kind of database
   * @throws QueryException naming the query and the database when one fails; the run stops there
   */
  public static QueryResult run(
      LoadSink database, QueryClient client, QuerySpec spec, QueryOptions options) {
    int[] thresholds = spec.thresholds();
    Answers answers;
    if (client == QueryClient.VERTX) {
      if (!(database instanceof PostgresServer server)) {
        throw new IllegalArgumentException(
            "the Vert.x client reaches PostgreSQL only, not " + database.description());
      }
      answers = PipelinedQueries.run(server, thresholds, options);
    } else {
      answers = ThreadedJdbcQueries.run(database, thresholds, options);
    }
    return new QueryResult(
        client,
        options.poolSize(),
        client == QueryClient.VERTX ? options.pipelining() : 1,
        thresholds.length,
        Duration.ofNanos(answers.nanos()),
        answers.checksum(),
        Latencies.ofNanos(answers.latencyNanos()),
        database.description());
  }

  /** What a client gives back: wall clock, the sum of the counts, each query's latency. */
  record Answers(long nanos, long checksum, long[] latencyNanos) {}
}
