package dev.frameports.workloads.cli;

import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import dev.frameports.frame.spi.Capability;
import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import dev.frameports.workloads.EtlRun;
import dev.frameports.workloads.volume.VolumeCheck;
import dev.frameports.workloads.volume.VolumeGenerator;
import dev.frameports.workloads.volume.VolumeJob;
import dev.frameports.workloads.volume.VolumeManifest;
import dev.frameports.workloads.volume.VolumeSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code frameports etl volume}: the Polars volume test (seed 000) on one engine. */
@Command(
    name = "volume",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scans data*.csv (10 person columns) with declared types, groups by state with"
          + " nUnique(zip_cd), nUnique(first_name), sum(net_worth), adds process_ts (New York wall"
          + " clock, naive) and writes one Parquet file atomically. Prints rows/s and MB/s.",
      "With --rows the input is generated first (seeded; not timed; reused when the data folder"
          + " already holds the same rows, files and seed). The output is checked against the"
          + " generator's oracle (manifest.json) unless --no-check."
    })
final class EtlVolumeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin EngineOptions engine = new EngineOptions();

  @Mixin WorkloadInput input = new WorkloadInput("volume");

  @Option(
      names = "--files",
      paramLabel = "N",
      defaultValue = "50",
      description = "CSV files to generate, as upstream. Default: ${DEFAULT-VALUE}.")
  int files = 50;

  @Option(
      names = "--writer",
      paramLabel = "NAME",
      description =
          "For an engine that writes no Parquet (tablesaw): the engine that writes the 50-row"
              + " result. E.g. duckdb.")
  @Nullable String writer;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "The Parquet file to write. Default: state_agg.parquet in the data folder.")
  @Nullable Path output;

  @Option(
      names = "--memory-limit",
      paramLabel = "SIZE",
      defaultValue = "1GB",
      description =
          "DuckDB's memory_limit (duckdb only; past it DuckDB spills to a temporary folder)."
              + " Default: ${DEFAULT-VALUE}.")
  String memoryLimit = "1GB";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = input.quiet ? null : spec.commandLine().getErr();
    Path dir = input.dataDirectory(files, "");
    VolumeManifest manifest =
        input.rows != null
            ? existingOrGenerated(dir, volumeSpec(input.rows), err)
            : GeneratedInput.existing(dir, VolumeManifest::read);
    Path target = output != null ? output : dir.resolve("state_agg.parquet");
    String name = engine.name();
    LocalDateTime from = newYorkNow();
    // the Parquet holds no row counts: the engine's rows per state are checked on the aggregate
    List<String> rowDifferences = new ArrayList<>();
    Consumer<Frame> checkRows =
        manifest == null
            ? aggregate -> {}
            : aggregate -> {
              if (rowDifferences.isEmpty()) {
                rowDifferences.addAll(VolumeCheck.rowCountDifferences(aggregate, manifest));
              }
            };
    List<EtlRun> runs;
    try (@Nullable DuckDbSpill spill = name.equals("duckdb") ? DuckDbSpill.create() : null) {
      Map<String, String> defaults = spill == null ? Map.of() : spill.memoryOptions(memoryLimit);
      runs =
          EtlTrials.onEngine(
              input.trials,
              engine,
              defaults,
              "volume on " + name,
              target,
              backend -> run(backend, dir, target, checkRows),
              out,
              err);
    }
    if (manifest == null || input.noCheck) {
      return OracleVerdict.notChecked(
          input.noCheck ? "--no-check" : "no manifest.json in " + dir, out);
    }
    List<String> differences = new ArrayList<>(OracleVerdict.rowCounts(runs, manifest.totalRows()));
    differences.addAll(rowDifferences);
    differences.addAll(VolumeCheck.differences(readBack(target), manifest, from, newYorkNow()));
    return OracleVerdict.of(differences, target, dir, runs.size(), out);
  }

  private VolumeSpec volumeSpec(long rows) {
    try {
      return new VolumeSpec(rows, files, input.seed, input.workers(processors()));
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCode.USAGE, e.getMessage(), e);
    }
  }

  private static int processors() {
    return Runtime.getRuntime().availableProcessors();
  }

  private EtlRun run(Backend backend, Path dir, Path target, Consumer<Frame> checkRows) {
    if (writer == null) {
      if (!backend.capabilities().contains(Capability.PARQUET_SINK)) {
        throw new CliFailure(
            ExitCode.UNSUPPORTED,
            "backend '"
                + backend.name()
                + "' writes no Parquet; add --writer duckdb (or arrow)"
                + " to write the 50-row result with another engine");
      }
      return VolumeJob.run(backend, backend, dir, target, Clock.systemUTC(), checkRows);
    }
    try (Backend parquetWriter = Backends.load(EngineOptions.checked(writer, "--writer"))) {
      return VolumeJob.run(backend, parquetWriter, dir, target, Clock.systemUTC(), checkRows);
    }
  }

  private static VolumeManifest existingOrGenerated(
      Path dir, VolumeSpec wanted, @Nullable PrintWriter err) {
    return GeneratedInput.reuseOrGenerate(
        dir,
        "volume",
        VolumeManifest::read,
        // the worker count does not change the data
        existing -> existing.spec().withWorkers(wanted.workers()).equals(wanted),
        existing ->
            existing.spec().rows()
                + " rows, "
                + existing.spec().files()
                + " files, seed "
                + existing.spec().seed(),
        () -> VolumeGenerator.generate(wanted, dir, new FileProgress(err, "generate volume")));
  }

  /** The output as written, read back by DuckDB when present (tablesaw reads no Parquet). */
  private Frame readBack(Path parquet) {
    String reader = Backends.names().contains("duckdb") ? "duckdb" : engine.name();
    try (Backend backend = Backends.load(reader)) {
      return LazyFrame.scan(backend, Source.parquet(parquet.toString())).collect();
    }
  }

  private static LocalDateTime newYorkNow() {
    return LocalDateTime.now(VolumeJob.PROCESS_ZONE).truncatedTo(ChronoUnit.MICROS);
  }
}
