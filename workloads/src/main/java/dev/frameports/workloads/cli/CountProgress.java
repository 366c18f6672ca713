package dev.frameports.workloads.cli;

import dev.frameports.workloads.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Progress counted in rows or queries as one redrawn line on standard error, e.g. {@code load
 * persons: 12000 rows} or {@code qps jdbc pool 5: 3000/100000 queries}. A total below zero means
 * unknown (the loaders stream the file and never count it first). Thread-safe: the loaders and the
 * query clients report from their workers. {@link #close()} ends the line.
 */
final class CountProgress implements Progress, AutoCloseable {
  /** Redraws at most this often: the loaders report every 1,000 rows. */
  private static final long REDRAW_NANOS = 100_000_000L;

  private final @Nullable PrintWriter err;
  private final String label;
  private final String unit;
  private long shown = -1;
  private long drawnAt;
  private boolean drawn;

  /**
   * @param err where to draw; null means quiet
   * @param label what is counted, e.g. {@code load persons}
   * @param unit the counted unit, plural, e.g. {@code rows}
   */
  CountProgress(@Nullable PrintWriter err, String label, String unit) {
    this.err = err;
    this.label = label;
    this.unit = unit;
  }

  @Override
  public synchronized void advance(long done, long total) {
    if (err == null || done <= shown) {
      // workers report out of order: never redraw a smaller count over a larger one
      return;
    }
    long now = System.nanoTime();
    boolean last = total >= 0 && done >= total;
    if (drawn && !last && now - drawnAt < REDRAW_NANOS) {
      return;
    }
    shown = done;
    drawnAt = now;
    drawn = true;
    err.print(
        total >= 0
            ? String.format(Locale.ROOT, "\r%s: %d/%d %s", label, done, total, unit)
            : String.format(Locale.ROOT, "\r%s: %d %s", label, done, unit));
    err.flush();
  }

  /** Ends the line when anything was drawn. */
  @Override
  public synchronized void close() {
    if (err != null && drawn) {
      err.println();
      err.flush();
      drawn = false;
    }
  }
}
