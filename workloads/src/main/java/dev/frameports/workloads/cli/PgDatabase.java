package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import dev.frameports.workloads.postgres.DiabetesOracle;
import dev.frameports.workloads.postgres.DuckDbSink;
import dev.frameports.workloads.postgres.LoadSink;
import dev.frameports.workloads.postgres.PersonsOracle;
import dev.frameports.workloads.postgres.PostgresServer;
import dev.frameports.workloads.postgres.TableCheck;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The database a {@code pg} command loads into and queries, open for the whole command (every trial
 * and run uses the same one): PostgreSQL, embedded or external, or an in-memory DuckDB. Closing
 * stops and deletes an embedded server and drops the DuckDB database; an external server is left
 * running.
 */
final class PgDatabase implements AutoCloseable {
  private final LoadSink sink;

  private PgDatabase(LoadSink sink) {
    this.sink = sink;
  }

  /**
   * Starts the embedded PostgreSQL, or connects once to the {@code --jdbc-url} one so that a wrong
   * URL, user or password fails before anything is generated.
   *
   * @throws CliFailure with {@link ExitCode#DATA_ERROR} naming the server when it cannot start or
   *     be reached
   */
  static PgDatabase postgres(PgServerOptions options) {
    if (!options.external()) {
      try {
        return new PgDatabase(PostgresServer.embedded());
      } catch (IllegalStateException e) {
        throw new CliFailure(ExitCode.DATA_ERROR, oneLine(e.getMessage()), e);
      }
    }
    String url = String.valueOf(options.jdbcUrl);
    PostgresServer server = PostgresServer.external(url, options.userName(), options.password());
    try (Connection probe = server.connection()) {
      return new PgDatabase(server);
    } catch (SQLException e) {
      throw new CliFailure(
          ExitCode.DATA_ERROR,
          "cannot connect to PostgreSQL at "
              + url
              + " as user "
              + options.userName()
              + ": "
              + oneLine(e.getMessage()),
          e);
    }
  }

  /** Opens a fresh in-memory DuckDB database in this process. */
  static PgDatabase duckDb() {
    try {
      return new PgDatabase(DuckDbSink.inMemory());
    } catch (SQLException e) {
      throw new CliFailure(
          ExitCode.DATA_ERROR, "cannot open an in-memory DuckDB: " + oneLine(e.getMessage()), e);
    }
  }

  LoadSink sink() {
    return sink;
  }

  /** The differences between the loaded {@code persons} table and its oracle; empty: equal. */
  List<String> differences(PersonsOracle oracle) {
    try (Connection connection = sink.connection()) {
      return TableCheck.compare(connection, oracle);
    } catch (SQLException e) {
      throw cannotCheck("persons", e);
    }
  }

  /** The differences between the loaded {@code csvdata} table and its oracle; empty: equal. */
  List<String> differences(DiabetesOracle oracle) {
    try (Connection connection = sink.connection()) {
      return TableCheck.compare(connection, oracle);
    } catch (SQLException e) {
      throw cannotCheck("csvdata", e);
    }
  }

  private CliFailure cannotCheck(String table, SQLException e) {
    return new CliFailure(
        ExitCode.DATA_ERROR,
        "cannot check table "
            + table
            + " on "
            + sink.description()
            + ": "
            + oneLine(e.getMessage()),
        e);
  }

  @Override
  public void close() {
    if (sink instanceof PostgresServer server) {
      try {
        server.close();
      } catch (IllegalStateException e) {
        // the embedded server did not stop cleanly: say so with a code, not a stack trace
        throw new CliFailure(ExitCode.DATA_ERROR, oneLine(e.getMessage()), e);
      }
    } else if (sink instanceof DuckDbSink duckDb) {
      try {
        duckDb.close();
      } catch (SQLException ignored) {
        // an in-memory database: nothing is left behind whatever close says
      }
    }
  }

  static String oneLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "(no message)";
    }
    return message.strip().lines().findFirst().orElse("").strip();
  }
}
