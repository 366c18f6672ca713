package dev.frameports.workloads;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What one run of an ETL job did: the input it read, the time from opening the input to the output
 * being closed (the span upstream timed), and the file it wrote.
 *
 * @param workload the job, e.g. {@code volume} or {@code daily}
 * @param backend the engine's name
 * @param inputRows rows read, as counted by the engine during the run (the volume job's per-state
 *     row counts summed, the daily job's per-day transaction counts summed): checking it against
 *     the generator's manifest is the caller's job
 * @param inputBytes bytes of the input files on disk
 * @param outputRows rows written
 * @param elapsed wall clock of the run
 * @param output the file written
 */
public record EtlRun(
    String workload,
    String backend,
    long inputRows,
    long inputBytes,
    long outputRows,
    Duration elapsed,
    Path output) {

  /** Input rows per second of wall clock. */
  public double rowsPerSecond() {
    return inputRows / seconds();
  }

  /** Input megabytes (10^6 bytes) per second of wall clock. */
  public double megabytesPerSecond() {
    return inputBytes / 1e6 / seconds();
  }

  /** One line for a terminal, e.g. {@code volume on arrow: 10000 rows (0.8 MB) in 1.20 s ...}. */
  public String summaryLine() {
    return String.format(
        Locale.ROOT,
        "%s on %s: %d rows (%.1f MB) in %.2f s, %.0f rows/s, %.1f MB/s; %d output rows in %s",
        workload,
        backend,
        inputRows,
        inputBytes / 1e6,
        seconds(),
        rowsPerSecond(),
        megabytesPerSecond(),
        outputRows,
        output);
  }

  private double seconds() {
    // a run is never 0 ns long, but a coarse clock can say so
    return Math.max(elapsed.toNanos(), 1) / 1e9;
  }
}
