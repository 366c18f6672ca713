package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@code pg} command writes its generated CSV: the folder given ({@code --data-dir},
 * created when missing and kept), or a new temporary folder that {@link #close()} deletes with
 * everything in it.
 */
final class PgDataFolder implements AutoCloseable {
  private final Path path;
  private final boolean temporary;

  private PgDataFolder(Path path, boolean temporary) {
    this.path = path;
    this.temporary = temporary;
  }

  /**
   * The folder {@code dir}, or a temporary one when null.
   *
   * @throws CliFailure with {@link ExitCode#OUTPUT_FAILED} naming the folder it cannot create
   */
  static PgDataFolder of(@Nullable Path dir) {
    Path target = dir;
    try {
      if (dir != null) {
        return new PgDataFolder(Files.createDirectories(dir), false);
      }
      target = Path.of(System.getProperty("java.io.tmpdir"));
      return new PgDataFolder(Files.createTempDirectory("frameports-pg-data-"), true);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCode.OUTPUT_FAILED, target + ": cannot create the data folder: " + e, e);
    }
  }

  Path path() {
    return path;
  }

  /** Deletes a temporary folder; a given one is kept. */
  @Override
  public void close() {
    if (!temporary) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover in the temporary folder is not worth failing a finished run for
    }
  }
}
