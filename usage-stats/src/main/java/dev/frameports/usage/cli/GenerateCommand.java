package dev.frameports.usage.cli;

import dev.frameports.usage.generate.GenerationResult;
import dev.frameports.usage.generate.GeneratorPreset;
import dev.frameports.usage.generate.GpuStateGenerator;
import dev.frameports.usage.generate.TimestampStyle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code frameports generate}: synthetic monthly SQLite files, chtc_owned, masked_hosts.yaml. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes seeded synthetic GPU slot snapshots (usage-stats-spec.md §8) as monthly files"
          + " gpu_state_YYYY-MM.db, plus chtc_owned, masked_hosts.yaml and"
          + " generation-manifest.properties. The same seed gives the same data whatever the"
          + " thread count."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      defaultValue = "day",
      converter = PresetConverter.class,
      description = {
        "tiny (a few hosts, 2 h, ~1.3K rows), day (~160K rows), week (~1.1M), month (~5M, a few"
            + " minutes), dirty (tiny layout with edge rows: NULLs, a flipping GPU, an outage).",
        "day, week and month cross the 2025-11/2025-12 month boundary. Default: ${DEFAULT-VALUE}."
      })
  GeneratorPreset preset = GeneratorPreset.DAY;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "" + GpuStateGenerator.DEFAULT_SEED,
      description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed = GpuStateGenerator.DEFAULT_SEED;

  @Option(
      names = {"--output-dir", "-o"},
      paramLabel = "DIR",
      description =
          "Folder to write into (created if missing; existing month files replaced). Required.")
  @Nullable Path outputDir;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads. Default: the number of processors.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--timestamps-without-fraction",
      description =
          "Store timestamps as 'YYYY-MM-DD HH:MM:SS' (the upstream test DBs) instead of with six"
              + " fraction digits. Default: false.")
  boolean secondsOnly;

  @Option(
      names = "--quiet",
      description = "No progress bar (large presets show one on standard error). Default: false.")
  boolean quiet;

  @Override
  public Integer call() {
    if (outputDir == null) {
      // not required=true in picocli: that would also demand it of "generate volume" and others
      throw new CliFailure(ExitCode.USAGE, "missing required option --output-dir (see --help)");
    }
    if (threads < 1) {
      throw new CliFailure(ExitCode.USAGE, "--threads must be at least 1, got " + threads);
    }
    GpuStateGenerator generator = GpuStateGenerator.of(preset).withSeed(seed).withThreads(threads);
    if (secondsOnly) {
      generator = generator.withTimestampStyle(TimestampStyle.SECONDS);
    }
    if (quiet) {
      generator = generator.quiet();
    }
    GenerationResult result = generator.writeTo(outputDir);
    PrintWriter out = spec.commandLine().getOut();
    out.print(result.manifestText());
    out.printf(
        Locale.ROOT,
        "Wrote %,d rows in %d file(s) to %s in %.1f s%n",
        result.rows(),
        result.files().size(),
        outputDir.toAbsolutePath(),
        result.elapsed().toMillis() / 1000.0);
    out.flush();
    return ExitCode.OK.code();
  }

  /** Accepts preset names in any case. */
  static final class PresetConverter implements ITypeConverter<GeneratorPreset> {
    @Override
    public GeneratorPreset convert(String value) {
      for (GeneratorPreset p : GeneratorPreset.values()) {
        if (p.name().equalsIgnoreCase(value)) {
          return p;
        }
      }
      throw new TypeConversionException(
          "unknown preset '" + value + "'; expected tiny, day, week, month or dirty");
    }
  }
}
