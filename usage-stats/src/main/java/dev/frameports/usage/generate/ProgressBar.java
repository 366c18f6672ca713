package dev.frameports.usage.generate;

import java.io.PrintStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A one-line text progress bar redrawn with a carriage return whenever the whole percentage
 * changes, for example {@code MONTH [#########-----------] 45% 4147/9216 snapshots 2.31M rows
 * 0:42}. A bar without a stream prints nothing. Not thread-safe.
 */
public final class ProgressBar {
  private static final int WIDTH = 30;

  private final @Nullable PrintStream out;
  private final String label;
  private final long total;
  private final long startNanos = System.nanoTime();
  private int shownPercent = -1;

  /** A bar over {@code total} units; {@code out} null means quiet. */
  public ProgressBar(@Nullable PrintStream out, String label, long total) {
    this.out = out;
    this.label = label;
    this.total = Math.max(1, total);
  }

  /** Reports {@code done} units and {@code rows} rows so far. */
  public void update(long done, long rows) {
    int percent = (int) (100 * Math.min(done, total) / total);
    if (out == null || percent == shownPercent) {
      return;
    }
    shownPercent = percent;
    out.print('\r' + line(percent, done, rows));
    out.flush();
  }

  /** Ends the line. */
  public void finish(long done, long rows) {
    update(done, rows);
    if (out != null) {
      out.println();
      out.flush();
    }
  }

  String line(int percent, long done, long rows) {
    int filled = percent * WIDTH / 100;
    long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
    return String.format(
        Locale.ROOT,
        "%s [%s%s] %3d%%  %d/%d snapshots  %s rows  %d:%02d",
        label,
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        percent,
        done,
        total,
        rows >= 1_000_000 ? String.format(Locale.ROOT, "%.2fM", rows / 1e6) : Long.toString(rows),
        seconds / 60,
        seconds % 60);
  }
}
