package dev.frameports.duckdb;

import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.plan.PlanSchemas;
import dev.frameports.frame.source.AtomicFiles;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Capability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;

/**
 * One in-memory DuckDB database on one JDBC connection. Each call compiles the plan into one
 * statement ({@link DuckDbSqlCompiler}), loads the sources it needs into temporary tables, runs it
 * and drops the tables again — except those of in-memory frames, which {@link DuckDbFrameTables}
 * keeps for the next statements over the same frame. One thread at a time: the methods are
 * synchronized.
 */
final class DuckDbBackend implements Backend {
  private final DuckDBConnection connection;
  private final DuckDbFrameTables frameTables;
  private final Path temporaryDirectory;
  private final boolean ownsTemporaryDirectory;
  private boolean closed;

  DuckDbBackend(DuckDbOptions options) {
    ownsTemporaryDirectory = options.temporaryDirectory() == null;
    try {
      temporaryDirectory =
          ownsTemporaryDirectory
              ? Files.createTempDirectory("frameports-duckdb-")
              : options.temporaryDirectory();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for DuckDB", e);
    }
    Properties properties = new Properties();
    properties.setProperty("temp_directory", temporaryDirectory.toString());
    if (options.memoryLimit() != null) {
      properties.setProperty("memory_limit", options.memoryLimit());
    }
    if (options.threads() != null) {
      properties.setProperty("threads", options.threads());
    }
    if (options.preserveInsertionOrder() != null) {
      properties.setProperty(
          "preserve_insertion_order", options.preserveInsertionOrder().toString());
    }
    // no network: a missing extension must fail at once, not after a download attempt
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    try {
      connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", properties);
      frameTables = new DuckDbFrameTables(connection);
    } catch (SQLException e) {
      deleteTemporaryDirectory();
      throw new IllegalArgumentException(
          "cannot start DuckDB with options " + options + ": " + DuckDbErrors.summary(e), e);
    }
    try {
      for (String macro : DuckDbDialect.macros()) {
        DuckDbSourceLoader.execute(connection, macro);
      }
    } catch (SQLException e) {
      close();
      throw new IllegalStateException("cannot define the backend's SQL macros", e);
    }
  }

  @Override
  public String name() {
    return DuckDbBackendProvider.NAME;
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.PARQUET_SOURCE, Capability.PARQUET_SINK);
  }

  @Override
  public synchronized Schema schema(Plan plan) {
    return compiled(plan, (query, schema, sources) -> schema);
  }

  @Override
  public synchronized String explain(Plan plan) {
    return compiled(
        plan,
        (query, schema, sources) -> {
          String tables = sources.describe();
          return query.describe() + (tables.isEmpty() ? "" : "\n-- tables:\n" + tables) + "\n";
        });
  }

  @Override
  public synchronized Frame collect(Plan plan) {
    return run(
        plan,
        query -> query,
        (statement, schema) -> {
          try (ResultSet rs = statement.executeQuery()) {
            return DuckDbResults.toFrame(rs, schema);
          }
        });
  }

  @Override
  public synchronized void sinkParquet(Plan plan, Path target) {
    AtomicFiles.write(
        target,
        temporary ->
            run(
                plan,
                // COPY writes the rows in the ORDER BY of its query
                query ->
                    SqlQuery.concat(
                        "COPY (\n",
                        query,
                        "\n) TO "
                            + DuckDbDialect.literal(temporary.toString())
                            + " (FORMAT parquet)"),
                (statement, schema) -> statement.execute()));
  }

  @Override
  public synchronized void sinkCsv(Plan plan, Path target) {
    AtomicFiles.write(
        target,
        temporary ->
            run(
                plan,
                query -> query,
                (statement, schema) -> {
                  try (ResultSet rs = statement.executeQuery()) {
                    DuckDbResults.writeCsv(rs, schema, temporary);
                    return null;
                  }
                }));
  }

  /** What to do with a compiled plan, without running it. */
  private interface Compiled<T> {
    T use(SqlQuery query, Schema schema, DuckDbSources sources);
  }

  /** What to do with the prepared, bound statement of a plan once its sources are loaded. */
  private interface Execution<T> {
    T run(PreparedStatement statement, Schema schema) throws SQLException, IOException;
  }

  private <T> T compiled(Plan plan, Compiled<T> use) {
    requireOpen();
    frameTables.trim();
    try (DuckDbSources sources = new DuckDbSources(connection, frameTables)) {
      PlanSchemas schemas = new PlanSchemas(sources::schema);
      SqlQuery query = DuckDbSqlCompiler.compile(plan, schemas, sources);
      return use.use(query, schemas.schemaOf(plan), sources);
    }
  }

  /**
   * Compiles the plan, loads its sources, and runs {@code statementOf(query)} (the query itself, or
   * a COPY around it) as a fresh prepared statement: DuckDB closes a statement whose execution
   * failed, so none is reused.
   */
  private <T> T run(Plan plan, UnaryOperator<SqlQuery> statementOf, Execution<T> execution) {
    return compiled(
        plan,
        (query, schema, sources) -> {
          try {
            sources.load();
          } catch (SQLException e) {
            throw DuckDbErrors.wrap(e, "load a source");
          }
          SqlQuery statement = statementOf.apply(query);
          try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            statement.bind(prepared);
            return execution.run(prepared, schema);
          } catch (SQLException e) {
            throw DuckDbErrors.wrap(e, "run the query");
          } catch (IOException e) {
            throw new SourceException("cannot write the result: " + e.getMessage(), e);
          }
        });
  }

  /** Frame tables held between statements (for tests). */
  synchronized int cachedFrameTables() {
    return frameTables.size();
  }

  /** What DuckDB reports for one of its settings ({@code current_setting(name)}), as text. */
  synchronized String setting(String name) {
    requireOpen();
    try (PreparedStatement statement = connection.prepareStatement("SELECT current_setting(?)")) {
      statement.setString(1, name);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw DuckDbErrors.wrap(e, "read the setting " + name);
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the DuckDB backend is closed");
    }
  }

  /** Closes the connection (dropping the in-memory database) and the spill folder it created. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      connection.close();
    } catch (SQLException ignored) {
      // nothing left to release: the database lived only in this connection
    } finally {
      deleteTemporaryDirectory();
    }
  }

  private void deleteTemporaryDirectory() {
    if (!ownsTemporaryDirectory || !Files.exists(temporaryDirectory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(temporaryDirectory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort: the folder is in the system temporary directory
    }
  }
}
