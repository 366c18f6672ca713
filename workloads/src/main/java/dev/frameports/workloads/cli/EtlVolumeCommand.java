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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = input.quiet ? null : spec.commandLine().getErr();
    Path dir = input.dataDirectory(files);
    VolumeManifest manifest = null;
    if (input.rows != null) {
      VolumeSpec wanted = new VolumeSpec(input.rows, files, input.seed, input.workers());
      manifest = existingOrGenerated(dir, wanted, err);
    } else if (Files.exists(dir.resolve(VolumeManifest.FILE_NAME))) {
      manifest = VolumeManifest.read(dir);
    }
    Path target = output != null ? output : dir.resolve("state_agg.parquet");
    String name = engine.name();
    LocalDateTime from = newYorkNow();
    List<EtlRun> runs =
        EtlTrials.run(
            input.trials,
            i -> {
              try (Backend backend = engine.open(Map.of());
                  ElapsedTicker ticker = new ElapsedTicker(err, "volume on " + name)) {
                return run(backend, dir, target);
              }
            },
            out);
    if (manifest == null || input.noCheck) {
      return OracleVerdict.notChecked(
          input.noCheck ? "--no-check" : "no manifest.json in " + dir, out);
    }
    List<String> differences =
        VolumeCheck.differences(readBack(target), manifest, from, newYorkNow());
    return OracleVerdict.of(differences, target, dir, runs.size(), out);
  }

  private EtlRun run(Backend backend, Path dir, Path target) {
    if (writer == null) {
      if (!backend.capabilities().contains(Capability.PARQUET_SINK)) {
        throw new CliFailure(
            ExitCode.UNSUPPORTED,
            "backend '"
                + backend.name()
                + "' writes no Parquet; add --writer duckdb (or arrow)"
                + " to write the 50-row result with another engine");
      }
      return VolumeJob.run(backend, dir, target, Clock.systemUTC());
    }
    try (Backend parquetWriter = Backends.load(EngineOptions.checked(writer, "--writer"))) {
      return VolumeJob.run(backend, parquetWriter, dir, target, Clock.systemUTC());
    }
  }

  private VolumeManifest existingOrGenerated(
      Path dir, VolumeSpec wanted, @Nullable PrintWriter err) {
    if (Files.exists(dir.resolve(VolumeManifest.FILE_NAME))) {
      VolumeManifest existing = VolumeManifest.read(dir);
      VolumeSpec has = existing.spec();
      // the worker count does not change the data
      if (has.withWorkers(wanted.workers()).equals(wanted)) {
        return existing;
      }
      throw new CliFailure(
          ExitCode.USAGE,
          dir
              + " holds volume data of another size or seed ("
              + has.rows()
              + " rows, "
              + has.files()
              + " files, seed "
              + has.seed()
              + "); choose another"
              + " --data-dir or delete it");
    }
    return VolumeGenerator.generate(wanted, dir, new FileProgress(err, "generate volume"));
  }

  /** The output as written, read back by DuckDB when present (tablesaw reads no Parquet). */
  private Frame readBack(Path parquet) {
    String reader = Backends.names().contains("duckdb") ? "duckdb" : engine.name();
    try (Backend backend = Backends.load(reader)) {
      return LazyFrame.scan(backend, Source.parquet(parquet.toString())).collect();
    }
  }

  private static LocalDateTime newYorkNow() {
    return LocalDateTime.now(ZoneId.of("America/New_York")).truncatedTo(ChronoUnit.MICROS);
  }
}
