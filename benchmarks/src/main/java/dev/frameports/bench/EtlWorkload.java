package dev.frameports.bench;

import java.util.Locale;

/**
 * The ported ETL workloads measured by the {@code etl} suite, each with the fixed heap of its
 * forks: the bounded-memory claims (volume at {@code -Xmx512m}, daily at {@code -Xmx1g})
 * are what is measured, so an engine that needs more fails, and that failure is the result.
 */
enum EtlWorkload {
  /** The Polars volume test (seed 000): person CSVs, per-state distinct counts, Parquet. */
  VOLUME("512m", VolumeEtlBenchmarks.class),
  /** The 1 TB parquet daily summary (seed 004): transaction Parquet, per-day sums, CSV. */
  DAILY("1g", DailyEtlBenchmarks.class);

  private final String maxHeap;
  private final Class<?> benchmarks;

  EtlWorkload(String maxHeap, Class<?> benchmarks) {
    this.maxHeap = maxHeap;
    this.benchmarks = benchmarks;
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

  /** The JMH benchmark's fully qualified name. */
  String benchmark() {
    return benchmarks.getName() + ".run";
  }
}
