package dev.frameports.workloads.postgres;

import dev.frameports.frame.SourceException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@link LoadStrategy#DUCKDB_APPENDER}: rows appended to a DuckDB table through the Appender, in
 * one transaction (the appender is closed, so flushed, before the commit or the rollback). A serial
 * id ({@code csvdata}) is written as the row number, 1..N, as a single-connection SERIAL would
 * number them.
 */
final class DuckDbAppenderLoader {
  private DuckDbAppenderLoader() {}

  static Loaded load(DuckDbSink sink, LoadTable table, Path csv, LoadOptions options) {
    try (Connection connection = sink.connection()) {
      DuckDBConnection duckDb = connection.unwrap(DuckDBConnection.class);
      duckDb.setAutoCommit(false);
      try (Statement begin = duckDb.createStatement()) {
        // DuckDB's JDBC opens the transaction at the first statement, and an appender created
        // before it commits on its own (measured: a rollback then keeps the rows)
        begin.execute("SELECT 1");
      }
      long start = System.nanoTime();
      long appended = 0;
      try {
        try (CsvRows rows = new CsvRows(csv, table);
            DuckDBAppender appender = duckDb.createAppender("main", table.tableName())) {
          for (CsvRow row = rows.next(); row != null; row = rows.next()) {
            appender.beginRow();
            if (table.serialId()) {
              appender.append((int) (appended + 1));
            }
            append(appender, table.columns(), row.values());
            appender.endRow();
            if (++appended % 1_000 == 0) {
              options.progress().advance(appended, -1);
            }
          }
        }
        duckDb.commit();
        return new Loaded(appended, System.nanoTime() - start);
      } catch (SQLException | SourceException e) {
        LoadFailure.rollbackQuietly(duckDb);
        throw e;
      }
    } catch (SQLException | SourceException e) {
      throw LoadFailure.of(LoadStrategy.DUCKDB_APPENDER, sink, csv, 0, e);
    }
  }

  private static void append(DuckDBAppender appender, List<LoadColumn> columns, List<Object> values)
      throws SQLException {
    for (int i = 0; i < columns.size(); i++) {
      LoadColumn column = columns.get(i);
      Object value = values.get(i);
      if (value == null) {
        appender.appendNull();
      } else if (value instanceof Integer integer) {
        if (column.isSmallint()) {
          appender.append(integer.shortValue()); // the appender wants the column's exact width
        } else {
          appender.append(integer.intValue());
        }
      } else if (value instanceof Double decimal) {
        appender.append(decimal.doubleValue());
      } else if (value instanceof Boolean bool) {
        appender.append(bool.booleanValue());
      } else {
        appender.append((String) value);
      }
    }
  }
}
