package dev.frameports.workloads.postgres;

import dev.frameports.frame.DataType;
import dev.frameports.frame.SourceException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@link LoadStrategy#COPY}: {@code COPY ... FROM STDIN (FORMAT csv)} through pgjdbc's copy API,
 * one transaction. The file is read record by record (so a bad row is reported with its file and
 * line, not as a server error) and re-sent in 64 KiB chunks: never the whole file in memory. Fields
 * go out as written in the file; only text is re-quoted when it needs it.
 */
final class CopyLoader {
  private static final int CHUNK = 1 << 16;

  private CopyLoader() {}

  static Loaded load(PostgresServer server, LoadTable table, Path csv, LoadOptions options) {
    try (Connection connection = server.connection()) {
      connection.setAutoCommit(false);
      long start = System.nanoTime();
      CopyIn copy = null;
      try (CsvRows rows = new CsvRows(csv, table)) {
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(table.copySql());
        StringBuilder text = new StringBuilder(CHUNK + 1024);
        long sent = 0;
        for (CsvRow row = rows.next(); row != null; row = rows.next()) {
          append(text, table.columns(), row.fields());
          if (text.length() >= CHUNK) {
            send(copy, text);
          }
          if (++sent % 1_000 == 0) {
            options.progress().advance(sent, -1);
          }
        }
        send(copy, text);
        long copied = copy.endCopy();
        connection.commit();
        return new Loaded(copied, System.nanoTime() - start);
      } catch (SQLException | SourceException e) {
        cancelQuietly(copy);
        LoadFailure.rollbackQuietly(connection);
        throw e;
      }
    } catch (SQLException | SourceException e) {
      throw LoadFailure.of(LoadStrategy.COPY, server, csv, 0, e);
    }
  }

  /** One CSV line for COPY: null as an empty unquoted field, text quoted when it must be. */
  private static void append(StringBuilder text, List<LoadColumn> columns, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      String field = fields.get(i);
      if (field == null) {
        continue;
      }
      boolean quote =
          columns.get(i).type() == DataType.STRING
              && (field.isEmpty()
                  || field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r'));
      if (quote) {
        text.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        text.append(field);
      }
    }
    text.append('\n');
  }

  private static void send(CopyIn copy, StringBuilder text) throws SQLException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    text.setLength(0);
  }

  private static void cancelQuietly(CopyIn copy) {
    if (copy == null || !copy.isActive()) {
      return;
    }
    try {
      copy.cancelCopy();
    } catch (SQLException ignored) {
      // the copy is gone with the connection: the rollback (or the dead server) discards it
    }
  }
}
