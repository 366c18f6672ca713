package dev.frameports.workloads.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/**
 * The second sink: an in-memory DuckDB database in this process ({@code jdbc:duckdb:}), loaded
 * through DuckDB's Appender. Lives until {@link #close()}; every {@link #connection()} is a
 * duplicate of one database connection, so all see the same tables.
 */
public final class DuckDbSink implements LoadSink, AutoCloseable {
  private final DuckDBConnection database;

  private DuckDbSink(DuckDBConnection database) {
    this.database = database;
  }

  /** Opens a fresh in-memory database. */
  public static DuckDbSink inMemory() throws SQLException {
    return new DuckDbSink(
        DriverManager.getConnection("jdbc:duckdb:").unwrap(DuckDBConnection.class));
  }

  @Override
  public Connection connection() throws SQLException {
    return database.duplicate();
  }

  @Override
  public String description() {
    return "in-memory DuckDB";
  }

  @Override
  public void close() throws SQLException {
    database.close();
  }
}
