package dev.frameports.workloads.postgres;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@link QueryClient#VERTX}: one caller thread sends every query through a Vert.x pooled client
 * (which pipelines on its connections) and never waits for an answer, only for a free slot of the
 * {@code poolSize * pipelining} window; answers are counted on Vert.x's event loops.
 *
 * <p>The window bounds memory and keeps latencies meaningful: with upstream's "gather all" the
 * latency of the last query would be the whole run.
 */
final class PipelinedQueries {
  private static final long CLOSE_SECONDS = 30;

  /** Generous: a warm-up query scans the whole table, and a large table scans slowly. */
  private static final long WARM_UP_SECONDS = 600;

  private PipelinedQueries() {}

  static QueryThroughput.Answers run(
      PostgresServer server, int[] thresholds, QueryOptions options) {
    int window = options.poolSize() * options.pipelining();
    // parsed before anything is started: a URL Vert.x cannot read fails with nothing to close
    PgConnectOptions connect = connectOptions(server, options.pipelining());
    Vertx vertx = Vertx.vertx();
    SqlClient client =
        PgBuilder.client()
            .with(new PoolOptions().setMaxSize(options.poolSize()))
            .connectingTo(connect)
            .using(vertx)
            .build();
    try {
      PreparedQuery<RowSet<Row>> query = client.preparedQuery(QueryThroughput.POSTGRES_SQL);
      warmUp(server, query, options.poolSize());
      Semaphore slots = new Semaphore(window);
      LongAdder checksum = new LongAdder();
      AtomicInteger answered = new AtomicInteger();
      AtomicReference<QueryException> failure = new AtomicReference<>();
      long[] latencies = new long[thresholds.length];
      long start = System.nanoTime();
      for (int i = 0; i < thresholds.length && failure.get() == null; i++) {
        slots.acquire();
        int index = i;
        long sent = System.nanoTime();
        query
            .execute(Tuple.of(thresholds[i]))
            .onComplete(
                answer -> {
                  // the permit is released whatever happens here, or the final acquire would
                  // wait forever; Vert.x only logs what a handler throws
                  try {
                    if (answer.failed()) {
                      throw answer.cause();
                    }
                    latencies[index] = System.nanoTime() - sent;
                    checksum.add(answer.result().iterator().next().getLong(0));
                    int done = answered.incrementAndGet();
                    if (done % 1_000 == 0) {
                      options.progress().advance(done, thresholds.length);
                    }
                  } catch (Throwable e) {
                    failure.compareAndSet(
                        null, QueryException.of(server.description(), index, thresholds[index], e));
                  } finally {
                    slots.release();
                  }
                });
      }
      slots.acquire(window); // every query sent has been answered (or has failed)
      long nanos = System.nanoTime() - start;
      if (failure.get() != null) {
        throw failure.get();
      }
      return new QueryThroughput.Answers(nanos, checksum.sum(), latencies);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new QueryException("interrupted while querying " + server.description(), e);
    } finally {
      await(client.close());
      await(vertx.close());
    }
  }

  /**
   * Sends one query per pooled connection at once and waits for them, so that connections are open
   * and the statement prepared before the clock starts, as for the JDBC client; a missing table
   * fails here, before any timing.
   */
  private static void warmUp(
      PostgresServer server, PreparedQuery<RowSet<Row>> query, int connections) {
    List<CompletableFuture<RowSet<Row>>> answers = new ArrayList<>(connections);
    for (int i = 0; i < connections; i++) {
      answers.add(query.execute(Tuple.of(0)).toCompletionStage().toCompletableFuture());
    }
    try {
      CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
          .get(WARM_UP_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new QueryException("interrupted while connecting to " + server.description(), e);
    } catch (TimeoutException e) {
      throw new QueryException(
          "the first queries through Vert.x to "
              + server.description()
              + " did not answer within "
              + WARM_UP_SECONDS
              + " s",
          e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new QueryException(
          "cannot query " + server.description() + " through Vert.x: " + cause.getMessage(), cause);
    }
  }

  /**
   * The Vert.x options of the server's JDBC URL ({@code jdbc:postgresql://host:port/db}). Vert.x
   * reads only host, port and database: a URL with parameters or in another pgjdbc form is refused
   * rather than connected to differently from pgjdbc.
   */
  private static PgConnectOptions connectOptions(PostgresServer server, int pipelining) {
    String uri = server.jdbcUrl().substring("jdbc:".length());
    if (!uri.startsWith("postgresql://") || uri.contains("?")) {
      throw new QueryException(
          "the Vert.x client needs a URL of the form jdbc:postgresql://host:port/database"
              + " without parameters, not "
              + server.jdbcUrl()
              + " (use the jdbc client for this server)",
          null);
    }
    try {
      return PgConnectOptions.fromUri(uri)
          .setUser(server.user())
          .setPassword(server.password())
          .setPipeliningLimit(pipelining)
          .setCachePreparedStatements(true);
    } catch (IllegalArgumentException e) {
      throw new QueryException(
          "the Vert.x client cannot read " + server.jdbcUrl() + ": " + e.getMessage(), e);
    }
  }

  private static void await(io.vertx.core.Future<?> closing) {
    try {
      closing.toCompletionStage().toCompletableFuture().get(CLOSE_SECONDS, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // closing is best effort: the run's outcome is already known
    }
  }
}
