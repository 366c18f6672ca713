package dev.frameports.bench;

import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import dev.frameports.workloads.EtlRun;
import dev.frameports.workloads.daily.DailySummaryCheck;
import dev.frameports.workloads.daily.DailySummaryJob;
import dev.frameports.workloads.daily.TransactionManifest;
import dev.frameports.workloads.volume.VolumeCheck;
import dev.frameports.workloads.volume.VolumeJob;
import dev.frameports.workloads.volume.VolumeManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One fork's ETL job: the engine configured as the workload wants it, the input, a scratch folder
 * for the output (and DuckDB's spill files). {@link #check} runs the job once and compares its
 * output with the generator's oracle; {@link #run} is the timed call.
 *
 * <p>Engines: DuckDB with {@code memory_limit=1GB} and a spill folder (its default threads: one per
 * processor; daily also {@code preserve_insertion_order=false}, as upstream); Arrow with its
 * default limit; Tablesaw, which has no Parquet, with DuckDB writing the volume test's 50-row
 * output and Arrow reading the daily summary's input into the heap first (the eager variant).
 */
final class EtlSubject implements AutoCloseable {
  /** DuckDB's memory limit in both workloads: below the 24 GiB machine, so it must spill. */
  static final String DUCKDB_MEMORY_LIMIT = "1GB";

  private final EtlWorkload workload;
  private final EtlDataSet data;
  private final Backend backend;
  private final @Nullable Backend helper;
  private final Path scratch;
  private final Path output;

  private EtlSubject(EtlWorkload workload, String backendName, EtlDataSet data) {
    this.workload = workload;
    this.data = data;
    try {
      scratch = Files.createTempDirectory("frameports-etl-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch folder", e);
    }
    Path spill = scratch.resolve("duckdb_spill");
    output =
        scratch.resolve(
            workload == EtlWorkload.VOLUME
                ? "state_agg.parquet"
                : "daily_transactions_summary.csv");
    Map<String, String> options =
        switch (backendName) {
          case "duckdb" ->
              workload == EtlWorkload.DAILY
                  ? DailySummaryJob.duckDbOptions(spill, DUCKDB_MEMORY_LIMIT)
                  : Map.of("memory_limit", DUCKDB_MEMORY_LIMIT, "temp_directory", spill.toString());
          default -> Map.of();
        };
    backend = Backends.load(backendName, options);
    helper =
        backendName.equals("tablesaw")
            ? Backends.load(workload == EtlWorkload.VOLUME ? "duckdb" : "arrow")
            : null;
  }

  /** Opens the subject on this JVM's cached data set. */
  static EtlSubject open(EtlWorkload workload, String backend, String size) {
    return new EtlSubject(workload, backend, EtlData.open(workload, size));
  }

  /** Runs the job once, untimed, and fails when its output differs from the oracle. */
  void check() {
    LocalDateTime from = LocalDateTime.now(VolumeJob.PROCESS_ZONE);
    run();
    List<String> differences;
    if (workload == EtlWorkload.VOLUME) {
      try (Backend reader = Backends.load("duckdb")) {
        differences =
            VolumeCheck.differences(
                LazyFrame.scan(reader, Source.parquet(output.toString())).collect(),
                VolumeManifest.read(data.directory()),
                from,
                LocalDateTime.now(VolumeJob.PROCESS_ZONE));
      }
    } else {
      differences =
          DailySummaryCheck.differences(output, TransactionManifest.read(data.directory()));
    }
    if (!differences.isEmpty()) {
      throw new OracleMismatchException(
          workload.id()
              + " on "
              + backend.name()
              + " differs from the oracle of "
              + data.name()
              + ": "
              + differences.get(0));
    }
  }

  private static void rowCount(EtlRun run, long expected, List<String> differences) {
    if (run.inputRows() != expected) {
      differences.add("read " + run.inputRows() + " input rows, the oracle has " + expected);
    }
  }

  /** The timed call: the whole job, from listing the input to the output closed. */
  EtlRun run() {
    if (workload == EtlWorkload.VOLUME) {
      return VolumeJob.run(
          backend, helper != null ? helper : backend, data.directory(), output, Clock.systemUTC());
    }
    return helper != null
        ? DailySummaryJob.run(backend, helper, data.directory(), output)
        : DailySummaryJob.run(backend, data.directory(), output);
  }

  @Override
  public void close() {
    try (Backend b = backend;
        Backend h = helper) {
      // closes both, even when the first close fails
    } finally {
      BenchData.deleteTree(scratch);
    }
  }
}
