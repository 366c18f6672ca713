package dev.frameports.usage.report;

import dev.frameports.frame.source.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Report outputs written through a temporary file and an atomic rename. */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Writes UTF-8 text to {@code target}; on failure the target is untouched.
   *
   * @throws dev.frameports.frame.SourceException naming the target when the write fails
   */
  public static void writeText(Path target, String text) {
    AtomicFiles.write(
        target, temporary -> Files.writeString(temporary, text, StandardCharsets.UTF_8));
  }

  /** Writes bytes to {@code target}; on failure the target is untouched. */
  public static void writeBytes(Path target, byte[] bytes) {
    AtomicFiles.write(target, temporary -> Files.write(temporary, bytes));
  }
}
