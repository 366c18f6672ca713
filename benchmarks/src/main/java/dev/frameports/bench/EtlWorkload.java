package dev.frameports.bench;

import java.util.Locale;

/**
 * The ported ETL workloads measured by the {@code etl} suite, each with the fixed heap of its
 * forks: the bounded-memory claims (volume at {@code -Xmx512m}, daily at {@code -Xmx1g})
 * are what is measured, so an engine that needs more fails, and that failure is the result.
 */
enum EtlWorkload {
  /** The Polars volume test (seed 000): person CSVs, per-state distinct counts, Parquet. */
  VOLUME("512m"),
  /** The 1 TB parquet daily summary (seed 004): transaction Parquet, per-day sums, CSV. */
  DAILY("1g");

  private final String maxHeap;

  EtlWorkload(String maxHeap) {
    this.maxHeap = maxHeap;
  }

  /** The workload of an id, as in {@link EtlBenchmarks#workload}. */
  static EtlWorkload of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /** The measurement name: {@code volume} or {@code daily}. */
  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The {@code -Xmx} of this workload's forks, e.g. {@code 512m}. */
  String maxHeap() {
    return maxHeap;
  }

  /** The heap limit in MiB. */
  long maxHeapMb() {
    long value = Long.parseLong(maxHeap.substring(0, maxHeap.length() - 1));
    return maxHeap.endsWith("g") ? value * 1024 : value;
  }

  /** The JMH benchmark's fully qualified name (one for both workloads, by {@code @Param}). */
  String benchmark() {
    return EtlBenchmarks.class.getName() + ".run";
  }
}
