package dev.frameports.frame.source;

import dev.frameports.frame.SourceException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output through a temporary file in the same directory and renames it into place, so a
 * failed write never leaves a half-written file at the target path.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** What writes the temporary file. */
  @FunctionalInterface
  public interface Writer {
    void write(Path temporary) throws Exception;
  }

  /**
   * Runs {@code writer} on a fresh temporary path beside {@code target} (the writer may create it
   * as a file or a directory), then moves it onto {@code target}, replacing an existing file.
   *
   * @throws SourceException naming the target when writing or moving fails
   */
  public static void write(Path target, Writer writer) {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary = directory.resolve("." + absolute.getFileName() + ".tmp-" + System.nanoTime());
    try {
      Files.createDirectories(directory);
      writer.write(temporary);
      moveIntoPlace(temporary, absolute);
    } catch (Exception e) {
      deleteQuietly(temporary);
      if (e instanceof RuntimeException re && re instanceof dev.frameports.frame.FrameException) {
        throw re;
      }
      throw new SourceException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Moves a finished temporary file (written beside the target, e.g. by a streaming writer that
   * cannot use {@link #write}) onto {@code target}, atomically where the file system can, replacing
   * an existing file.
   *
   * @throws IOException when the move fails; the caller deletes the temporary file
   */
  public static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      if (Files.isDirectory(path)) {
        try (var walk = Files.walk(path)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      } else {
        Files.deleteIfExists(path);
      }
    } catch (IOException ignored) {
      // best effort: the temporary name is hidden and unique, the target is untouched
    }
  }
}
