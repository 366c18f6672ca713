package dev.frameports.workloads.postgres;

import dev.frameports.frame.SourceException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Builds the one message a failed load gives, whatever failed. */
final class LoadFailure {
  private LoadFailure() {}

  /**
   * The exception for a load of {@code file} into {@code sink} that failed with {@code cause} after
   * {@code rowsLoaded} rows were committed.
   */
  static LoadException of(
      LoadStrategy strategy, LoadSink sink, Path file, long rowsLoaded, Throwable cause) {
    String what;
    if (cause instanceof SourceException) {
      what = cause.getMessage(); // names the file and the line already
    } else if (cause instanceof SQLException sql) {
      what = "cannot load " + file + " into " + sink.description() + ": " + describe(sql);
    } else {
      what = "cannot load " + file + " into " + sink.description() + ": " + cause;
    }
    String kept =
        strategy.isAtomic()
            ? "rolled back, nothing was loaded"
            : rowsLoaded + " rows were loaded (committed) before the failure";
    return new LoadException(
        what + " [" + strategy + ": " + kept + "]",
        strategy,
        strategy.isAtomic() ? 0 : rowsLoaded,
        cause);
  }

  /** Rolls back what can be rolled back; a dead connection has nothing left to roll back. */
  static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the server is gone or the connection broken: the transaction died with it
    }
  }

  private static String describe(SQLException e) {
    SQLException detail = e.getNextException() != null ? e.getNextException() : e;
    String state = detail.getSQLState() == null ? "" : detail.getSQLState();
    if (state.startsWith("08") || state.startsWith("57P")) {
      return "the connection to the server was lost (server stopped?): " + detail.getMessage();
    }
    return detail.getMessage() + (state.isEmpty() ? "" : " (SQLState " + state + ")");
  }
}
