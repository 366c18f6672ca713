package dev.frameports.workloads.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a {@link TableLoader} writes: a PostgreSQL server ({@link PostgresServer}) or an in-process
 * DuckDB database ({@link DuckDbSink}).
 */
public sealed interface LoadSink permits PostgresServer, DuckDbSink {
  /** A new connection, autocommit on; the caller closes it. */
  Connection connection() throws SQLException;

  /** What the sink is, for messages and summaries, e.g. {@code PostgreSQL at jdbc:...}. */
  String description();
}
