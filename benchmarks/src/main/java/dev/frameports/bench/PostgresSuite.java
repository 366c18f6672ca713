package dev.frameports.bench;

import dev.frameports.bench.PostgresSize.LoadCase;
import dev.frameports.bench.PostgresSize.QueryCase;
import dev.frameports.workloads.Progress;
import dev.frameports.workloads.postgres.DiabetesGenerator;
import dev.frameports.workloads.postgres.DiabetesOracle;
import dev.frameports.workloads.postgres.DiabetesSize;
import dev.frameports.workloads.postgres.DiabetesSpec;
import dev.frameports.workloads.postgres.DuckDbSink;
import dev.frameports.workloads.postgres.LoadOptions;
import dev.frameports.workloads.postgres.LoadSink;
import dev.frameports.workloads.postgres.LoadTable;
import dev.frameports.workloads.postgres.PersonsGenerator;
import dev.frameports.workloads.postgres.PersonsOracle;
import dev.frameports.workloads.postgres.PersonsSpec;
import dev.frameports.workloads.postgres.PostgresServer;
import dev.frameports.workloads.postgres.TableCheck;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PostgreSQL suite (seeds 001 and 002): {@code java -cp benchmarks.jar
 * dev.frameports.bench.PostgresSuite [--size tiny|bench] [--trials N] [--output DIR] [--only
 * REGEX]}, or {@code benchmarks/run.sh postgres}.
 *
 * <p>Not JMH: these workloads are round trips to a server process, timed as upstream timed them
 * (wall clock of a whole load or a whole query run), each trial checked against the generator's
 * oracle. One embedded PostgreSQL serves the whole run, in this JVM's machine; its settings are
 * recorded (zonky starts it with {@code fsync=off}, which flatters the commit-per-row loads).
 */
public final class PostgresSuite {
  private static final long SEED = 1;

  private PostgresSuite() {}

  public static void main(String[] args) {
    try {
      run(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(
          "usage: PostgresSuite [--size tiny|bench] [--trials N] [--output DIR] [--only REGEX]");
      System.exit(2);
    }
  }

  /** Runs the suite and returns the results file written. */
  public static Path run(String[] args, PrintStream progress) {
    Map<String, String> options = parse(args);
    int trials = Integer.parseInt(options.getOrDefault("--trials", "3"));
    if (trials < 1) {
      throw new IllegalArgumentException("--trials must be at least 1, got " + trials);
    }
    PostgresSize size = PostgresSize.of(options.getOrDefault("--size", "bench"), trials);
    Pattern only = Pattern.compile(options.getOrDefault("--only", ""), Pattern.CASE_INSENSITIVE);
    Path moduleDir =
        Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks") : Path.of(".");
    Path output =
        Path.of(options.getOrDefault("--output", moduleDir.resolve("results").toString()))
            .toAbsolutePath();
    Instant started = Instant.now();
    Environment environment =
        Environment.current(ManagementFactory.getRuntimeMXBean().getInputArguments());
    Path data = createTempDirectory();
    try (PostgresServer server = PostgresServer.embedded()) {
      Map<String, String> settings = settings(server);
      progress.printf(
          Locale.ROOT,
          "frameports PostgreSQL suite, size %s, %d trials: %s, %s%n",
          size.name(),
          trials,
          settings.get("version"),
          environment.cpuModel());
      Inputs inputs = Inputs.generate(data, size, progress);
      List<PostgresResults.Load> loads = new ArrayList<>();
      List<PostgresResults.Queries> queries = new ArrayList<>();
      Runnable save =
          () ->
              results(size, started, false, environment, settings, loads, queries)
                  .write(output, started);
      for (LoadCase load : size.loads()) {
        if (only.matcher(load.key()).find()) {
          loads.add(PostgresLoads.measure(server, load, inputs, trials, progress));
          save.run();
        }
      }
      for (QueryCase query : size.queries()) {
        if (only.matcher(query.key()).find()) {
          queries.add(PostgresQueries.measure(server, query, inputs, progress));
          save.run();
        }
      }
      return results(size, started, true, environment, settings, loads, queries)
          .write(output, started);
    } finally {
      deleteQuietly(data);
    }
  }

  /** The generated input files and their oracles. */
  record Inputs(
      Path persons,
      PersonsOracle personsOracle,
      Map<DiabetesSize, Path> diabetes,
      Map<DiabetesSize, DiabetesOracle> diabetesOracles) {

    static Inputs generate(Path dir, PostgresSize size, PrintStream progress) {
      Path persons = dir.resolve("persons.csv");
      PersonsOracle personsOracle =
          PersonsGenerator.write(persons, PersonsSpec.of(size.persons(), SEED), Progress.NONE);
      Map<DiabetesSize, Path> files = new EnumMap<>(DiabetesSize.class);
      Map<DiabetesSize, DiabetesOracle> oracles = new EnumMap<>(DiabetesSize.class);
      for (LoadCase load : size.loads()) {
        if (load.table().equals("diabetes") && !files.containsKey(load.diabetes())) {
          Path file = dir.resolve(load.diabetes().fileName());
          DiabetesSpec spec = DiabetesSpec.of(load.diabetes(), SEED, DiabetesSpec.UPSTREAM_REPEAT);
          oracles.put(load.diabetes(), DiabetesGenerator.write(file, spec, Progress.NONE));
          files.put(load.diabetes(), file);
        }
      }
      progress.printf(
          Locale.ROOT,
          "generated %d persons and diabetes %s in %s%n",
          size.persons(),
          files.keySet(),
          dir);
      return new Inputs(persons, personsOracle, files, oracles);
    }

    Path file(LoadCase load) {
      return load.table().equals("persons") ? persons : diabetes.get(load.diabetes());
    }

    LoadTable table(LoadCase load) {
      return load.table().equals("persons") ? LoadTable.PERSONS : LoadTable.DIABETES;
    }

    List<String> differences(LoadSink sink, LoadCase load) throws SQLException {
      try (Connection connection = sink.connection()) {
        return load.table().equals("persons")
            ? TableCheck.compare(connection, personsOracle)
            : TableCheck.compare(connection, diabetesOracles.get(load.diabetes()));
      }
    }

    LoadOptions options(LoadCase load) {
      return LoadOptions.defaults().withWorkers(load.workers());
    }
  }

  private static PostgresResults results(
      PostgresSize size,
      Instant started,
      boolean complete,
      Environment environment,
      Map<String, String> settings,
      List<PostgresResults.Load> loads,
      List<PostgresResults.Queries> queries) {
    return new PostgresResults(
        1,
        "postgres",
        size.name(),
        started.toString(),
        Instant.now().toString(),
        complete,
        environment,
        settings,
        List.copyOf(loads),
        List.copyOf(queries));
  }

  /** The server's version and the settings that change load and query times. */
  private static Map<String, String> settings(PostgresServer server) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("description", server.description());
    try (Connection connection = server.connection();
        Statement statement = connection.createStatement()) {
      settings.put("version", single(statement, "SELECT version()"));
      for (String name :
          List.of(
              "fsync",
              "synchronous_commit",
              "full_page_writes",
              "shared_buffers",
              "max_parallel_workers_per_gather",
              "max_connections")) {
        settings.put(name, single(statement, "SHOW " + name));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the settings of " + server.description(), e);
    }
    return settings;
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!List.of("--size", "--trials", "--output", "--only").contains(name)) {
        throw new IllegalArgumentException("unknown option " + name);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      options.put(name, args[++i]);
    }
    return options;
  }

  private static Path createTempDirectory() {
    try {
      return Files.createTempDirectory("frameports-pg-suite-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for the inputs", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover in the temporary folder
    }
  }

  /** A fresh in-memory DuckDB, for the appender loads and the in-process queries. */
  static DuckDbSink duckDb() {
    try {
      return DuckDbSink.inMemory();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open an in-memory DuckDB", e);
    }
  }
}
