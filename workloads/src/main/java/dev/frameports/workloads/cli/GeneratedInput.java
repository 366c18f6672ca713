package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The input of an ETL command given {@code --rows}: the data folder's own generation when its
 * manifest describes the same data, else a new generation (not timed). Both workloads keep their
 * manifest as {@code manifest.json}.
 */
final class GeneratedInput {
  private static final String MANIFEST = "manifest.json";

  private GeneratedInput() {}

  /**
   * The manifest of the data in {@code dir}: the existing one when {@code sameData} accepts it,
   * else what {@code generate} writes (its failures are output failures, exit 13).
   *
   * @param workload the workload's name, for the message
   * @param read reads the folder's manifest (and checks it is this workload's)
   * @param describe the existing data's parameters, for the refusal message
   * @throws CliFailure with {@link ExitCode#USAGE} when the folder holds other data of this
   *     workload
   */
  static <M> M reuseOrGenerate(
      Path dir,
      String workload,
      Function<Path, M> read,
      Predicate<M> sameData,
      Function<M, String> describe,
      Supplier<M> generate) {
    if (Files.exists(dir.resolve(MANIFEST))) {
      M existing = read.apply(dir);
      if (sameData.test(existing)) {
        return existing;
      }
      throw new CliFailure(
          ExitCode.USAGE,
          dir
              + " holds "
              + workload
              + " data of another size or seed ("
              + describe.apply(existing)
              + "); choose another --data-dir or delete it");
    }
    return OutputFailures.generating(dir, generate);
  }

  /** The folder's manifest when it has one (the oracle of the check), else null. */
  static <M> @Nullable M existing(Path dir, Function<Path, M> read) {
    return Files.exists(dir.resolve(MANIFEST)) ? read.apply(dir) : null;
  }
}
