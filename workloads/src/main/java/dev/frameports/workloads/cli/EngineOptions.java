package dev.frameports.workloads.cli;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The engine of a workload command: {@code --backend} and repeatable {@code --engine-option}. */
final class EngineOptions {
  @Option(
      names = "--backend",
      paramLabel = "NAME",
      defaultValue = "${sys:backend:-${env:FRAMEPORTS_BACKEND:-duckdb}}",
      description = {
        "Engine: duckdb, arrow or tablesaw.",
        "Default: ${DEFAULT-VALUE} (from -Dbackend or FRAMEPORTS_BACKEND when set, else duckdb)."
      })
  String backend = "duckdb";

  @Option(
      names = "--engine-option",
      paramLabel = "KEY=VALUE",
      description = {
        "An option of the engine, repeatable; they override the workload's defaults.",
        "duckdb: memory_limit (e.g. 1GB), threads, temp_directory, preserve_insertion_order;"
            + " arrow: memory_limit (bytes, e.g. 512m)."
      })
  Map<String, String> engineOptions = new LinkedHashMap<>();

  /** The engine's name, checked against the backends on the class path. */
  String name() {
    return checked(backend, "--backend");
  }

  /** {@code name} when a backend of that name is on the class path, else a failure naming it. */
  static String checked(String name, String option) {
    List<String> names = Backends.names();
    if (!names.contains(name)) {
      throw new CliFailure(
          ExitCode.UNKNOWN_BACKEND,
          option + ": unknown backend '" + name + "'; available: " + String.join(", ", names));
    }
    return name;
  }

  /**
   * Opens the engine with {@code defaults} overridden by {@code --engine-option}; the caller closes
   * it.
   */
  Backend open(Map<String, String> defaults) {
    Map<String, String> options = new LinkedHashMap<>(defaults);
    options.putAll(engineOptions);
    try {
      return Backends.load(name(), options);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCode.USAGE, "--engine-option: " + e.getMessage(), e);
    }
  }
}
