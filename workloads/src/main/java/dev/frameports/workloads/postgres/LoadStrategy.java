package dev.frameports.workloads.postgres;

/**
 * How a file is loaded. The first five write to PostgreSQL, the last to DuckDB.
 *
 * <p>Atomicity: {@link #BATCH}, {@link #COPY} and {@link #DUCKDB_APPENDER} load in one transaction
 * (a failure leaves the table empty); the {@code ROW} strategies commit every row, as upstream, so
 * a failure keeps the rows committed before it.
 */
public enum LoadStrategy {
  /** One INSERT and one commit per row on one connection: seed 001's "chunks", faithful. */
  ROW,
  /**
   * A pool of workers, one connection each, one INSERT and commit per row: what seed 001's README
   * claims Dask did.
   */
  ROW_PARALLEL,
  /**
   * A pool of workers sharing one connection, inserts and commits serialised on it: what seed 001's
   * Dask code actually did (a module-global connection).
   */
  ROW_PARALLEL_SHARED,
  /** JDBC batches with {@code reWriteBatchedInserts=true}, one transaction. */
  BATCH,
  /**
   * {@code COPY ... FROM STDIN} through pgjdbc's {@code CopyManager}, streamed, one transaction.
   */
  COPY,
  /** An in-process DuckDB table through DuckDB's Appender, one transaction. */
  DUCKDB_APPENDER;

  /** Whether this strategy writes to PostgreSQL (else to DuckDB). */
  public boolean targetsPostgres() {
    return this != DUCKDB_APPENDER;
  }

  /** Whether a failed load leaves nothing in the table. */
  public boolean isAtomic() {
    return this == BATCH || this == COPY || this == DUCKDB_APPENDER;
  }
}
