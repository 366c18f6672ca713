package dev.frameports.workloads.postgres;

import dev.frameports.frame.SourceException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The row-at-a-time strategies of seed 001: one INSERT and one commit per row (autocommit off, an
 * explicit commit, as psycopg2 did), on one connection ({@link LoadStrategy#ROW}) or from a pool of
 * workers fed by one reader ({@link LoadStrategy#ROW_PARALLEL}: a connection per worker; {@link
 * LoadStrategy#ROW_PARALLEL_SHARED}: one connection, INSERT+commit serialised on it). Committed
 * rows stay when a later row fails. When the file has a bad row, the workers still insert the rows
 * before it, so every strategy leaves the same rows behind.
 */
final class RowInsertLoader {
  private static final CsvRow END = new CsvRow(-1, List.of(), List.of());

  private RowInsertLoader() {}

  static Loaded single(LoadSink sink, LoadTable table, Path csv, LoadOptions options) {
    long committed = 0;
    try (Connection connection = sink.connection();
        PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
      connection.setAutoCommit(false);
      long start = System.nanoTime();
      try (CsvRows rows = new CsvRows(csv, table)) {
        for (CsvRow row = rows.next(); row != null; row = rows.next()) {
          RowBinder.bind(insert, table, row);
          insert.executeUpdate();
          connection.commit();
          if (++committed % 1_000 == 0) {
            options.progress().advance(committed, -1);
          }
        }
      }
      return new Loaded(committed, System.nanoTime() - start);
    } catch (SQLException | SourceException e) {
      throw LoadFailure.of(LoadStrategy.ROW, sink, csv, committed, e);
    }
  }

  static Loaded parallel(
      LoadSink sink, LoadTable table, Path csv, LoadOptions options, boolean shared) {
    LoadStrategy strategy = shared ? LoadStrategy.ROW_PARALLEL_SHARED : LoadStrategy.ROW_PARALLEL;
    int workers = options.workers();
    List<Connection> connections = new ArrayList<>();
    AtomicLong committed = new AtomicLong();
    try {
      for (int w = 0; w < (shared ? 1 : workers); w++) {
        Connection connection = sink.connection();
        connections.add(connection);
        connection.setAutoCommit(false);
      }
      List<PreparedStatement> inserts = new ArrayList<>();
      for (Connection connection : connections) {
        inserts.add(connection.prepareStatement(table.insertSql()));
      }
      BlockingQueue<CsvRow> queue = new ArrayBlockingQueue<>(workers * 64);
      AtomicReference<Exception> writeFailure = new AtomicReference<>();
      long start = System.nanoTime();
      List<Thread> threads = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        Connection connection = connections.get(shared ? 0 : w);
        PreparedStatement insert = inserts.get(shared ? 0 : w);
        Thread thread =
            new Thread(
                () -> work(queue, connection, insert, table, options, committed, writeFailure),
                "load-" + table.tableName() + "-" + w);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
      }
      SourceException readFailure = null;
      try (CsvRows rows = new CsvRows(csv, table)) {
        for (CsvRow row = rows.next();
            row != null && writeFailure.get() == null;
            row = rows.next()) {
          queue.put(row);
        }
      } catch (SourceException e) {
        readFailure = e; // the workers still insert the rows before the bad one
      } finally {
        for (int w = 0; w < workers; w++) {
          queue.put(END);
        }
        for (Thread thread : threads) {
          thread.join();
        }
      }
      long nanos = System.nanoTime() - start;
      Exception failure = writeFailure.get() != null ? writeFailure.get() : readFailure;
      if (failure != null) {
        throw LoadFailure.of(strategy, sink, csv, committed.get(), failure);
      }
      return new Loaded(committed.get(), nanos);
    } catch (SQLException e) {
      throw LoadFailure.of(strategy, sink, csv, committed.get(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw LoadFailure.of(strategy, sink, csv, committed.get(), e);
    } finally {
      for (Connection connection : connections) {
        closeQuietly(connection);
      }
    }
  }

  /** A worker: insert and commit each row until END; after a failure, only drain the queue. */
  private static void work(
      BlockingQueue<CsvRow> queue,
      Connection connection,
      PreparedStatement insert,
      LoadTable table,
      LoadOptions options,
      AtomicLong committed,
      AtomicReference<Exception> failure) {
    try {
      for (CsvRow row = queue.take(); row != END; row = queue.take()) {
        if (failure.get() != null) {
          continue;
        }
        try {
          // the shared variant's workers share the statement too: one at a time on it
          synchronized (insert) {
            RowBinder.bind(insert, table, row);
            insert.executeUpdate();
            connection.commit();
          }
          long done = committed.incrementAndGet();
          if (done % 1_000 == 0) {
            options.progress().advance(done, -1);
          }
        } catch (SQLException | RuntimeException e) {
          failure.compareAndSet(null, e);
        }
      }
    } catch (InterruptedException e) {
      failure.compareAndSet(null, e);
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing a connection whose server is gone: nothing left to release
    }
  }
}
