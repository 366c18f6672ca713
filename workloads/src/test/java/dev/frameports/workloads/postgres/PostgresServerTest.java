package dev.frameports.workloads.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.workloads.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PostgresServerTest {
  @TempDir static Path dir;
  private static PostgresServer server;
  private static Path persons;
  private static PersonsOracle oracle;

  @BeforeAll
  static void start() {
    server = PostgresServer.embedded();
    persons = dir.resolve("persons.csv");
    oracle = PersonsGenerator.write(persons, PersonsSpec.of(3_000, 5), Progress.NONE);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  @DisplayName("the embedded server is PostgreSQL 18 listening on loopback only")
  void loopbackOnly() throws SQLException {
    assertThat(server.isEmbedded()).isTrue();
    assertThat(server.jdbcUrl()).startsWith("jdbc:postgresql://localhost:");
    assertThat(query(server, "SHOW listen_addresses")).isEqualTo("localhost");
    assertThat(query(server, "SHOW server_version")).startsWith("18.");
  }

  @Test
  @DisplayName("external mode loads through a given URL and its close leaves the server running")
  void externalMode() throws SQLException {
    PostgresServer external = PostgresServer.external(server.jdbcUrl(), "postgres", "");
    assertThat(external.isEmbedded()).isFalse();
    TableLoader.load(
        external, LoadStrategy.COPY, LoadTable.PERSONS, persons, LoadOptions.defaults());
    external.close();
    try (Connection connection = server.connection()) {
      assertThat(TableCheck.compare(connection, oracle)).isEmpty();
    }
    assertThatThrownBy(() -> PostgresServer.external("jdbc:mysql://x/y", "u", "p"))
        .hasMessage("not a PostgreSQL JDBC URL: jdbc:mysql://x/y");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = LoadStrategy.class,
      names = {"ROW", "COPY"})
  @DisplayName(
      "a server stopped in the middle of a load, or before it, gives a clear error with the rows kept")
  void serverStoppedMidLoad(LoadStrategy strategy) throws SQLException {
    PostgresServer doomed = PostgresServer.embedded();
    String dataDirectory = query(doomed, "SHOW data_directory");
    // the loader reports progress from its own thread after 1,000 rows: stop the server right there
    Progress stopAtFirstReport = (done, total) -> doomed.close();
    assertThatThrownBy(
            () ->
                TableLoader.load(
                    doomed,
                    strategy,
                    LoadTable.PERSONS,
                    persons,
                    LoadOptions.defaults().withProgress(stopAtFirstReport)))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("cannot load " + persons + " into embedded PostgreSQL at")
        .hasMessageContaining("the connection to the server was lost (server stopped?)")
        .hasMessageContaining(
            strategy == LoadStrategy.ROW
                ? "1000 rows were loaded (committed) before the failure"
                : "rolled back, nothing was loaded");
    assertThat(Path.of(dataDirectory)).doesNotExist();
    // and the next load on the stopped server fails at once, before reading the file
    assertThatThrownBy(
            () ->
                TableLoader.load(
                    doomed, strategy, LoadTable.PERSONS, persons, LoadOptions.defaults()))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("the connection to the server was lost (server stopped?)")
        .hasMessageContaining("Connection to localhost:");
  }

  private static String query(PostgresServer postgres, String sql) throws SQLException {
    try (Connection connection = postgres.connection();
        ResultSet row = connection.createStatement().executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }
}
