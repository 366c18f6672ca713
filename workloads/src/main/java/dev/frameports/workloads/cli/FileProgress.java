package dev.frameports.workloads.cli;

import dev.frameports.workloads.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A generator's progress as one redrawn line on standard error, e.g. {@code generate volume: 12/50
 * files}; thread-safe, because the generators call it from their workers.
 */
final class FileProgress implements Progress {
  private final @Nullable PrintWriter err;
  private final String label;
  private long shown = -1;

  /** Progress printed to {@code err}; null means quiet. */
  FileProgress(@Nullable PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  @Override
  public synchronized void advance(long done, long total) {
    if (err == null || done <= shown) {
      // workers finish out of order: never redraw a smaller count over a larger one
      return;
    }
    shown = done;
    err.print(String.format(Locale.ROOT, "\r%s: %d/%d files", label, done, total));
    if (done >= total) {
      err.println();
    }
    err.flush();
  }
}
