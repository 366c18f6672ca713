package dev.frameports.usage.cli;

import dev.frameports.usage.generate.GenerationResult;
import dev.frameports.usage.generate.GeneratorPreset;
import dev.frameports.usage.generate.GpuStateGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code frameports demo}: generates a preset into a temporary folder, prints the report of it and
 * deletes the folder. The first command a newcomer runs.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generates synthetic data (by default the day preset: ~160K rows across a month"
          + " boundary) into a temporary folder, prints the report of its last 24 hours (text by"
          + " default), and deletes the folder unless --keep. Progress and timings go to standard"
          + " error, the report to standard output."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      defaultValue = "day",
      converter = GenerateCommand.PresetConverter.class,
      description = "tiny, day, week, month or dirty. Default: ${DEFAULT-VALUE}.")
  GeneratorPreset preset = GeneratorPreset.DAY;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "" + GpuStateGenerator.DEFAULT_SEED,
      description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed = GpuStateGenerator.DEFAULT_SEED;

  @Option(
      names = "--backend",
      paramLabel = "NAME",
      defaultValue = "${sys:backend:-${env:FRAMEPORTS_BACKEND:-duckdb}}",
      description = "duckdb, tablesaw or arrow. Default: ${DEFAULT-VALUE}.")
  String backend = "duckdb";

  @Option(
      names = "--output-format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, html or json. Default: ${DEFAULT-VALUE}.")
  String outputFormat = "text";

  @Option(
      names = "--keep",
      description = "Keep the generated folder and print its path. Default: false.")
  boolean keep;

  @Override
  public Integer call() {
    Inputs.backend(backend);
    PrintWriter err = spec.commandLine().getErr();
    Path folder;
    try {
      folder = Files.createTempDirectory("frameports-demo-");
    } catch (IOException e) {
      throw new CliFailure(ExitCode.OUTPUT_FAILED, "cannot create a temporary folder: " + e, e);
    }
    try {
      err.printf(Locale.ROOT, "Generating the %s preset into %s ...%n", name(), folder);
      err.flush();
      GpuStateGenerator generator = GpuStateGenerator.of(preset).withSeed(seed);
      if (!preset.large()) {
        generator = generator.quiet();
      }
      GenerationResult generated = generator.writeTo(folder);
      err.printf(
          Locale.ROOT,
          "Generated %,d rows (%d hosts, %d GPUs, %d files) in %.1f s; analysing with %s ...%n",
          generated.rows(),
          generated.hosts(),
          generated.gpus(),
          generated.files().size(),
          generated.elapsed().toMillis() / 1000.0,
          backend);
      err.flush();
      long start = System.nanoTime();
      List<String> args = new ArrayList<>();
      args.addAll(List.of("report", "--db-path", folder.toString(), "--backend", backend));
      args.addAll(List.of("--exclude-hosts-yaml", generated.maskedHosts().toString()));
      args.addAll(List.of("--output-format", outputFormat));
      int code =
          FrameportsCommand.commandLine(spec.commandLine().getOut(), err)
              .execute(args.toArray(String[]::new));
      err.printf(Locale.ROOT, "Report done in %.1f s.%n", (System.nanoTime() - start) / 1e9);
      if (keep) {
        err.println("Data kept in " + folder);
      }
      err.flush();
      return code;
    } finally {
      if (!keep) {
        deleteRecursively(folder, err);
      }
    }
  }

  private String name() {
    return preset.name().toLowerCase(Locale.ROOT);
  }

  /** Best effort: a folder left behind must not hide the outcome of the demo itself. */
  private static void deleteRecursively(Path folder, PrintWriter err) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("frameports demo: could not delete " + folder + " (" + e.getMessage() + ")");
    }
  }
}
