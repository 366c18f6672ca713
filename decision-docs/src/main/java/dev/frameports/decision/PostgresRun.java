package dev.frameports.decision;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A results file of the PostgreSQL suite ({@code benchmarks/run.sh postgres}: {@code
 * latest-postgres.json}): loads and query throughput of seeds 001 and 002.
 *
 * @param complete false when the run stopped before its last measurement
 * @param server the PostgreSQL version and settings ({@code fsync}, {@code shared_buffers}, ...)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostgresRun(
    int formatVersion,
    String size,
    @Nullable String startedAt,
    @Nullable String finishedAt,
    boolean complete,
    Environment environment,
    Map<String, String> server,
    List<Load> loads,
    List<Queries> queries) {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

  /** Absent lists and maps become empty. */
  public PostgresRun {
    server = server == null ? Map.of() : Map.copyOf(server);
    loads = loads == null ? List.of() : List.copyOf(loads);
    queries = queries == null ? List.of() : List.copyOf(queries);
  }

  /** One load measurement (seconds: file opened to last commit, per trial). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Load(
      String key,
      String table,
      long rows,
      String strategy,
      int workers,
      String sink,
      List<Double> seconds,
      @Nullable Double medianSeconds,
      @Nullable Double minSeconds,
      @Nullable Double rowsPerSecond,
      boolean oracleMatches,
      @Nullable String failure) {}

  /** One throughput measurement (per trial: seconds, queries/s, p50 and p99 latency). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Queries(
      String key,
      String client,
      String database,
      int pool,
      int pipelining,
      int persons,
      int queries,
      List<Double> seconds,
      List<Double> queriesPerSecond,
      List<Double> p50Millis,
      List<Double> p99Millis,
      @Nullable Double medianQueriesPerSecond,
      long checksum,
      long expectedChecksum,
      boolean checksumMatches,
      @Nullable String failure) {}

  /**
   * Parses {@code file}.
   *
   * @throws UncheckedIOException naming the file when it is missing or not valid JSON
   * @throws IllegalArgumentException when its {@code formatVersion} is not 1
   */
  public static PostgresRun read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(
          "PostgreSQL results file not found: " + file + " (run benchmarks/run.sh postgres)",
          new NoSuchFileException(file.toString()));
    }
    PostgresRun run;
    try {
      run = MAPPER.readValue(file.toFile(), PostgresRun.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read results file " + file + ": " + e.getMessage(), e);
    }
    if (run.formatVersion() != ResultsFiles.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          file + ": formatVersion " + run.formatVersion() + ", expected 1");
    }
    return run;
  }
}
