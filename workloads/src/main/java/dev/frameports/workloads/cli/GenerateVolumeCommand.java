package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import dev.frameports.workloads.volume.VolumeGenerator;
import dev.frameports.workloads.volume.VolumeManifest;
import dev.frameports.workloads.volume.VolumeSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code frameports generate volume}: the person CSVs of the Polars volume test (seed 000). */
@Command(
    name = "volume",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes data0.csv .. data{files-1}.csv (10 person columns, CRLF, upstream cardinalities with"
          + " synthetic vocabularies) and manifest.json with the oracle per state. The same seed"
          + " gives the same files whatever --workers."
    })
final class GenerateVolumeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--rows",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Rows in all (bench: 50000000, ~4 GB). Default: ${DEFAULT-VALUE}.")
  long rows = 10_000;

  @Option(
      names = "--files",
      paramLabel = "N",
      defaultValue = "50",
      description = "Files; rows/files each, the remainder in the last. Default: ${DEFAULT-VALUE}.")
  int files = 50;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed. Default: ${DEFAULT-VALUE}.")
  long seed = 1;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "Threads. Default: the number of processors.")
  int workers = Runtime.getRuntime().availableProcessors();

  @Option(
      names = {"--output-dir", "-o"},
      paramLabel = "DIR",
      required = true,
      description = "Folder to write into (created if missing).")
  Path outputDir;

  @Option(names = "--quiet", description = "No progress line on standard error.")
  boolean quiet;

  @Override
  public Integer call() {
    VolumeSpec volume;
    try {
      volume = new VolumeSpec(rows, files, seed, workers);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCode.USAGE, e.getMessage(), e);
    }
    long start = System.nanoTime();
    PrintWriter err = quiet ? null : spec.commandLine().getErr();
    VolumeManifest manifest =
        OutputFailures.generating(
            outputDir,
            () ->
                VolumeGenerator.generate(
                    volume, outputDir, new FileProgress(err, "generate volume")));
    GenerationReport.print(
        spec.commandLine().getOut(),
        manifest.totalRows(),
        manifest.files().size(),
        manifest.totalBytes(),
        VolumeManifest.FILE_NAME,
        outputDir,
        start);
    return ExitCode.OK.code();
  }
}
