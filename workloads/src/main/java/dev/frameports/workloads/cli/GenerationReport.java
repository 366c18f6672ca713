package dev.frameports.workloads.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The one line a {@code generate} command prints when it is done. */
final class GenerationReport {
  private GenerationReport() {}

  /**
   * Prints {@code Wrote 1,000 rows in 3 files (0.1 MB) and manifest.json to DIR in 0.2 s}.
   *
   * @param startNanos {@link System#nanoTime()} before the generation
   */
  static void print(
      PrintWriter out,
      long rows,
      int files,
      long bytes,
      String manifest,
      Path dir,
      long startNanos) {
    out.printf(
        Locale.ROOT,
        "Wrote %,d rows in %d files (%.1f MB) and %s to %s in %.1f s%n",
        rows,
        files,
        bytes / 1e6,
        manifest,
        dir.toAbsolutePath(),
        (System.nanoTime() - startNanos) / 1e9);
    out.flush();
  }
}
