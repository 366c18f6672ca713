package dev.frameports.workloads.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@link QueryClient#JDBC}: a fixed pool of threads, each with its own connection and prepared
 * statement, taking the next query number from a shared counter until none is left.
 */
final class ThreadedJdbcQueries {
  private ThreadedJdbcQueries() {}

  static QueryThroughput.Answers run(LoadSink database, int[] thresholds, QueryOptions options) {
    int pool = options.poolSize();
    List<Connection> connections = new ArrayList<>(pool);
    List<PreparedStatement> statements = new ArrayList<>(pool);
    ExecutorService threads = Executors.newFixedThreadPool(pool, ThreadedJdbcQueries::daemon);
    try {
      // opened, prepared and run once before the clock starts, as the Vert.x client's warm-up:
      // a service holds its pool, it does not open it per query; a missing table fails here
      for (int i = 0; i < pool; i++) {
        connections.add(database.connection());
      }
      for (Connection connection : connections) {
        statements.add(warmedUp(connection, database));
      }
      AtomicInteger next = new AtomicInteger();
      AtomicInteger answered = new AtomicInteger();
      AtomicBoolean failed = new AtomicBoolean();
      LongAdder checksum = new LongAdder();
      long[] latencies = new long[thresholds.length];
      List<Future<?>> workers = new ArrayList<>(pool);
      long start = System.nanoTime();
      for (PreparedStatement statement : statements) {
        workers.add(
            threads.submit(
                () -> {
                  try {
                    work(
                        statement,
                        database.description(),
                        thresholds,
                        next,
                        answered,
                        checksum,
                        latencies,
                        options,
                        failed);
                  } catch (RuntimeException | Error e) {
                    failed.set(true); // the other workers stop too, whatever went wrong
                    throw e;
                  }
                  return null;
                }));
      }
      QueryException failure = null;
      for (Future<?> worker : workers) {
        try {
          worker.get();
        } catch (ExecutionException e) {
          if (failure == null && e.getCause() instanceof QueryException q) {
            failure = q;
          } else if (failure == null) {
            failure = new QueryException(database.description() + ": " + e.getCause(), e);
          }
        }
      }
      long nanos = System.nanoTime() - start;
      if (failure != null) {
        throw failure;
      }
      return new QueryThroughput.Answers(nanos, checksum.sum(), latencies);
    } catch (SQLException e) {
      throw new QueryException(
          "cannot open " + pool + " connections to " + database.description() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new QueryException("interrupted while querying " + database.description(), e);
    } finally {
      threads.shutdownNow();
      for (Connection connection : connections) {
        closeQuietly(connection);
      }
    }
  }

  /** The statement of one connection, prepared and run once (untimed). */
  private static PreparedStatement warmedUp(Connection connection, LoadSink database) {
    try {
      PreparedStatement statement = connection.prepareStatement(QueryThroughput.JDBC_SQL);
      statement.setInt(1, 0);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
      }
      return statement;
    } catch (SQLException e) {
      throw new QueryException(
          "cannot query persons on " + database.description() + ": " + e.getMessage(), e);
    }
  }

  private static void work(
      PreparedStatement query,
      String database,
      int[] thresholds,
      AtomicInteger next,
      AtomicInteger answered,
      LongAdder checksum,
      long[] latencies,
      QueryOptions options,
      AtomicBoolean failed) {
    for (int i = next.getAndIncrement();
        i < thresholds.length && !failed.get();
        i = next.getAndIncrement()) {
      long sent = System.nanoTime();
      try {
        query.setInt(1, thresholds[i]);
        try (ResultSet row = query.executeQuery()) {
          row.next();
          checksum.add(row.getLong(1));
        }
      } catch (SQLException e) {
        failed.set(true);
        throw QueryException.of(database, i, thresholds[i], e);
      }
      latencies[i] = System.nanoTime() - sent;
      int done = answered.incrementAndGet();
      if (done % 1_000 == 0) {
        options.progress().advance(done, thresholds.length);
      }
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "jdbc-query");
    thread.setDaemon(true);
    return thread;
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // a dead server: nothing left to release
    }
  }
}
