package dev.frameports.workloads.postgres;

import java.util.Arrays;

/**
 * Percentiles of per-query latencies, in microseconds (nearest-rank on the sorted latencies).
 *
 * @param p50 median
 * @param p90 90th percentile
 * @param p99 99th percentile
 * @param max the slowest query
 * @param mean the arithmetic mean
 */
public record Latencies(double p50, double p90, double p99, double max, double mean) {
  /** No queries. */
  public static final Latencies NONE = new Latencies(0, 0, 0, 0, 0);

  /** The percentiles of {@code nanos} (sorted in place). */
  static Latencies ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return NONE;
    }
    Arrays.sort(nanos);
    double sum = 0;
    for (long n : nanos) {
      sum += n;
    }
    return new Latencies(
        rank(nanos, 0.50),
        rank(nanos, 0.90),
        rank(nanos, 0.99),
        nanos[nanos.length - 1] / 1e3,
        sum / nanos.length / 1e3);
  }

  private static double rank(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(index, 0)] / 1e3;
  }
}
