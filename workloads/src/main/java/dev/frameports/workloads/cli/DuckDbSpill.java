package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A temporary folder for DuckDB to spill into ({@code temp_directory}), deleted with its contents
 * when closed. It lives in the system's temporary folder, not beside the data or the output: a
 * read-only data folder must not stop the job, and a crashed run must not leave spill files in the
 * data.
 */
final class DuckDbSpill implements AutoCloseable {
  private final Path dir;

  private DuckDbSpill(Path dir) {
    this.dir = dir;
  }

  /**
   * Creates the folder.
   *
   * @throws CliFailure with {@link ExitCode#OUTPUT_FAILED} naming the temporary folder when it
   *     cannot be created
   */
  static DuckDbSpill create() {
    try {
      return new DuckDbSpill(Files.createTempDirectory("frameports-duckdb-spill-"));
    } catch (IOException | RuntimeException e) {
      throw new CliFailure(
          ExitCode.OUTPUT_FAILED,
          System.getProperty("java.io.tmpdir") + ": cannot create the DuckDB spill folder: " + e,
          e);
    }
  }

  /** The folder. */
  Path dir() {
    return dir;
  }

  /** DuckDB's {@code memory_limit} and {@code temp_directory} (this folder). */
  Map<String, String> memoryOptions(String memoryLimit) {
    return Map.of("memory_limit", memoryLimit, "temp_directory", dir.toString());
  }

  /** Deletes the folder and whatever DuckDB left in it; best effort. */
  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a spill file still open by an engine being closed: the system cleans its temp folder
    }
  }
}
