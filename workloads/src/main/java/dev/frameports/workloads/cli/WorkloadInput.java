package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where an ETL command's input comes from, how often it runs, and whether it is checked. */
final class WorkloadInput {
  private final String workload;

  @Option(
      names = "--rows",
      paramLabel = "N",
      description =
          "Generate N input rows first (not timed), into --data-dir or"
              + " frameports-data/<workload>-<rows>x<files>-seed<seed>[-<shape>]; reused when"
              + " present.")
  @Nullable Long rows;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "The input folder. Without --rows it must hold the input already (its manifest.json,"
              + " when present, is the oracle of the check).")
  @Nullable Path dataDir;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed of the generated input. Default: ${DEFAULT-VALUE}.")
  long seed = 1;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "Generator threads. Default: volume the number of processors; daily up to 2 (each"
              + " holds one file's rows in heap).")
  @Nullable Integer workers;

  @Option(
      names = "--trials",
      paramLabel = "N",
      defaultValue = "1",
      description = "Run the job N times (upstream: 5) and print median, mean and min. Default: 1.")
  int trials = 1;

  @Option(names = "--no-check", description = "Do not compare the output with the oracle.")
  boolean noCheck;

  @Option(names = "--quiet", description = "No progress lines on standard error.")
  boolean quiet;

  WorkloadInput(String workload) {
    this.workload = workload;
  }

  /**
   * The input folder: --data-dir, else the default folder of the generated data, named by every
   * parameter that changes them ({@code shape}: the workload's own, e.g. days and start; may be
   * empty), so that two shapes never share a folder.
   */
  Path dataDirectory(int files, String shape) {
    if (trials < 1) {
      throw new CliFailure(ExitCode.USAGE, "--trials must be at least 1, got " + trials);
    }
    if (rows != null && rows < 1) {
      throw new CliFailure(ExitCode.USAGE, "--rows must be at least 1, got " + rows);
    }
    if (files < 1) {
      throw new CliFailure(ExitCode.USAGE, "--files must be at least 1, got " + files);
    }
    if (dataDir != null) {
      return dataDir;
    }
    if (rows == null) {
      throw new CliFailure(
          ExitCode.USAGE,
          "no input: give --rows N to generate it, or --data-dir DIR holding it (see --help)");
    }
    String name = workload + "-" + rows + "x" + files + "-seed" + seed;
    return Path.of("frameports-data", shape.isEmpty() ? name : name + "-" + shape);
  }

  /** The generator's thread count: --workers, else {@code defaultWorkers}. */
  int workers(int defaultWorkers) {
    int n = workers != null ? workers : defaultWorkers;
    if (n < 1) {
      throw new CliFailure(ExitCode.USAGE, "--workers must be at least 1, got " + n);
    }
    return n;
  }
}
