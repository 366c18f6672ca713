package dev.frameports.workloads.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Loads one CSV file into one table with one {@link LoadStrategy}. The table is dropped and created
 * first (upstream's DDL; committed; not timed), then the file is streamed in: memory stays constant
 * whatever its size.
 */
public final class TableLoader {
  private TableLoader() {}

  /**
   * Replaces {@code table} on {@code sink} with the rows of {@code csv}.
   *
   * @param sink a {@link PostgresServer} for the PostgreSQL strategies, a {@link DuckDbSink} for
   *     {@link LoadStrategy#DUCKDB_APPENDER}
   * @throws IllegalArgumentException when the strategy does not write to that kind of sink
   * @throws LoadException naming the file (and line) for a bad file or row, and the sink for a
   *     refused row or a lost server, with the rows left in the table
   */
  public static LoadResult load(
      LoadSink sink, LoadStrategy strategy, LoadTable table, Path csv, LoadOptions options) {
    if (strategy.targetsPostgres() != sink instanceof PostgresServer) {
      throw new IllegalArgumentException(strategy + " cannot write to " + sink.description());
    }
    createTable(sink, strategy, table, csv);
    Loaded loaded;
    int workers = 1;
    switch (strategy) {
      case ROW:
        loaded = RowInsertLoader.single(sink, table, csv, options);
        break;
      case ROW_PARALLEL:
      case ROW_PARALLEL_SHARED:
        workers = options.workers();
        loaded =
            RowInsertLoader.parallel(
                sink, table, csv, options, strategy == LoadStrategy.ROW_PARALLEL_SHARED);
        break;
      case BATCH:
        loaded = BatchLoader.load((PostgresServer) sink, table, csv, options);
        break;
      case COPY:
        loaded = CopyLoader.load((PostgresServer) sink, table, csv, options);
        break;
      default:
        loaded = DuckDbAppenderLoader.load((DuckDbSink) sink, table, csv, options);
    }
    options.progress().advance(loaded.rows(), -1);
    return new LoadResult(
        strategy,
        table,
        loaded.rows(),
        Duration.ofNanos(loaded.nanos()),
        workers,
        sink.description());
  }

  private static void createTable(LoadSink sink, LoadStrategy strategy, LoadTable table, Path csv) {
    try (Connection connection = sink.connection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + table.tableName());
      statement.execute(sink instanceof PostgresServer ? table.postgresDdl() : table.duckDbDdl());
    } catch (SQLException e) {
      throw LoadFailure.of(strategy, sink, csv, 0, e);
    }
  }
}
