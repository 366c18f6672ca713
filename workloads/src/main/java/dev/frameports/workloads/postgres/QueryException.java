package dev.frameports.workloads.postgres;

import org.jspecify.annotations.Nullable;

/**
 * A throughput run that failed: a query the database refused (no {@code persons} table, say) or a
 * server that went away. The message names the database, the query's number and its threshold.
 */
public final class QueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  QueryException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  static QueryException of(String database, int query, int threshold, Throwable cause) {
    String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    return new QueryException(
        "query " + (query + 1) + " (age > " + threshold + ") failed on " + database + ": " + reason,
        cause);
  }
}
