package dev.frameports.workloads.cli;

import dev.frameports.frame.FrameException;
import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Tells output-side failures (exit 13, {@link ExitCode#OUTPUT_FAILED}) from input-side ones (exit
 * 15): the workload code throws {@code SourceException} for both, naming the path, so the commands
 * decide by what they were doing and which path the message names.
 */
final class OutputFailures {
  private OutputFailures() {}

  /**
   * Runs a generator that writes into {@code dir}: it reads nothing, so every frameports failure it
   * raises is an output failure, reported as {@code "<dir>: <reason>"}.
   */
  static <T> T generating(Path dir, Supplier<T> generator) {
    try {
      return generator.get();
    } catch (FrameException e) {
      throw failed(dir, e);
    }
  }

  /**
   * Runs a job that writes {@code target}: a failure whose message names {@code target} is an
   * output failure; any other (the input's) propagates unchanged.
   */
  static <T> T writing(Path target, Supplier<T> job) {
    try {
      return job.get();
    } catch (FrameException e) {
      if (String.valueOf(e.getMessage()).contains(target.toString())) {
        throw failed(target, e);
      }
      throw e;
    }
  }

  private static CliFailure failed(Path path, FrameException e) {
    String reason = String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
    return new CliFailure(ExitCode.OUTPUT_FAILED, path + ": " + reason, e);
  }
}
