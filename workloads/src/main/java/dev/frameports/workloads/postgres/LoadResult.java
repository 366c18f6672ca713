package dev.frameports.workloads.postgres;

import java.time.Duration;
import java.util.Locale;

/**
 * What one load did.
 *
 * @param strategy how it loaded
 * @param table what it loaded
 * @param rows rows in the table afterwards (committed)
 * @param elapsed from right before the file was opened to the last commit (upstream's span:
 *     connections and DDL excluded)
 * @param workers worker threads used (1 for the single-threaded strategies)
 * @param sink where it loaded, as {@link LoadSink#description()}
 */
public record LoadResult(
    LoadStrategy strategy, LoadTable table, long rows, Duration elapsed, int workers, String sink) {

  /** Rows per second of wall clock. */
  public double rowsPerSecond() {
    return rows / (Math.max(elapsed.toNanos(), 1) / 1e9);
  }

  /** One line for a terminal, e.g. {@code load persons with COPY (1 worker): 100000 rows ...}. */
  public String summaryLine() {
    return String.format(
        Locale.ROOT,
        "load %s with %s (%d worker%s) into %s: %d rows in %.2f s, %.0f rows/s",
        table.tableName(),
        strategy,
        workers,
        workers == 1 ? "" : "s",
        sink,
        rows,
        elapsed.toNanos() / 1e9,
        rowsPerSecond());
  }
}
