package dev.frameports.workloads.postgres;

import dev.frameports.frame.SourceException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * {@link LoadStrategy#BATCH}: the one-row INSERT added to a JDBC batch, sent every {@code
 * batchSize} rows, with pgjdbc's {@code reWriteBatchedInserts=true} (a batch becomes multi-row
 * INSERTs); one transaction, rolled back on any failure.
 */
final class BatchLoader {
  private BatchLoader() {}

  static Loaded load(PostgresServer server, LoadTable table, Path csv, LoadOptions options) {
    try (Connection connection = server.connection(Map.of("reWriteBatchedInserts", "true"));
        PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
      connection.setAutoCommit(false);
      long start = System.nanoTime();
      try (CsvRows rows = new CsvRows(csv, table)) {
        long sent = 0;
        int pending = 0;
        for (CsvRow row = rows.next(); row != null; row = rows.next()) {
          RowBinder.bind(insert, table, row);
          insert.addBatch();
          if (++pending == options.batchSize()) {
            insert.executeBatch();
            pending = 0;
          }
          if (++sent % 1_000 == 0) {
            options.progress().advance(sent, -1);
          }
        }
        if (pending > 0) {
          insert.executeBatch();
        }
        connection.commit();
        return new Loaded(sent, System.nanoTime() - start);
      } catch (SQLException | SourceException e) {
        LoadFailure.rollbackQuietly(connection);
        throw e;
      }
    } catch (SQLException | SourceException e) {
      throw LoadFailure.of(LoadStrategy.BATCH, server, csv, 0, e);
    }
  }
}
