package dev.frameports.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much the suite runs. {@code smoke} is for the CI test (tiny data, seconds per fork), {@code
 * quick} a check of minutes on the day preset, {@code full} the published numbers of the GPU
 * statistics, {@code etl} those of the ETL workloads at their bench sizes (a separate run: its
 * forks have the workloads' own small heaps).
 *
 * @param operationDataSets data sets of the nine operations
 * @param reportDataSets data sets of the whole report (day = 24 h, week = 7 days, month = 30 days)
 * @param operations the operations run (REPORT is governed by {@code reportDataSets})
 * @param forks JMH forks per measurement
 * @param warmupIterations warm-up iterations per fork
 * @param warmupMillis length of one warm-up iteration
 * @param iterations measured iterations per fork
 * @param iterationMillis length of one measured iteration (at least one call each)
 * @param maxHeap the fixed {@code -Xmx} of every fork
 * @param capMinutes wall-clock cap of one measurement; beyond it the fork is killed and the
 *     measurement recorded as failed ("not run to the end")
 * @param etlSizes sizes of the ETL workloads' inputs ({@code tiny}, {@code small}, {@code bench});
 *     each workload runs on every engine at each size, single-shot, {@code iterations} jobs
 */
public record Depth(
    String name,
    List<String> operationDataSets,
    List<String> reportDataSets,
    Set<Operation> operations,
    int forks,
    int warmupIterations,
    int warmupMillis,
    int iterations,
    int iterationMillis,
    String maxHeap,
    int capMinutes,
    List<String> etlSizes) {

  private static final Set<Operation> ALL_OPERATIONS =
      EnumSet.complementOf(EnumSet.of(Operation.REPORT));

  /** The depth of a command-line name. */
  public static Depth of(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "smoke":
        return new Depth(
            "smoke",
            List.of("tiny"),
            List.of("tiny"),
            EnumSet.of(Operation.FILTER3),
            1,
            0,
            100,
            1,
            100,
            "1g",
            3,
            List.of("tiny"));
      case "quick":
        return new Depth(
            "quick",
            List.of("day"),
            List.of("day"),
            ALL_OPERATIONS,
            1,
            1,
            1000,
            3,
            1000,
            "4g",
            10,
            List.of("small"));
      case "full":
        // Sized to finish in about 90 minutes on the 2-core machine (measured: a week load is
        // 15-33 s per call, so 2 forks x 8 calls per load would take hours). The operations run on
        // week (1.1M rows, the largest window every backend holds); the whole report on every
        // window.
        return new Depth(
            "full",
            List.of("week"),
            List.of("day", "week", "month"),
            ALL_OPERATIONS,
            1,
            1,
            2000,
            3,
            2000,
            // the in-memory operations start from the loaded window as a heap Frame: ~95 MB for
            // the day's 164K rows, so ~3 GB for month's 5M; at 4g every backend would fail alike
            "8g",
            30,
            List.of());
      case "etl":
        // volume 50M rows (~4 GB of CSV) at -Xmx512m, daily 100M rows (~5 GB of Parquet) at -Xmx1g
        return new Depth(
            "etl",
            List.of(),
            List.of(),
            EnumSet.noneOf(Operation.class),
            1,
            0,
            1,
            3,
            1,
            "1g",
            30,
            List.of("bench"));
      default:
        throw new IllegalArgumentException(
            "unknown depth " + name + "; use smoke, quick, full or etl");
    }
  }

  /**
   * This depth with another fixed {@code -Xmx} for every fork.
   *
   * @param size a JVM size with unit, e.g. {@code 8g} or {@code 1536m}
   */
  public Depth withMaxHeap(String size) {
    if (!size.matches("\\d+[gm]")) {
      throw new IllegalArgumentException("--max-heap wants a size like 8g or 1536m, got " + size);
    }
    return new Depth(
        name,
        operationDataSets,
        reportDataSets,
        operations,
        forks,
        warmupIterations,
        warmupMillis,
        iterations,
        iterationMillis,
        size,
        capMinutes,
        etlSizes);
  }

  /** The heap limit in MiB. */
  public long maxHeapMb() {
    String digits = maxHeap.substring(0, maxHeap.length() - 1);
    long value = Long.parseLong(digits);
    return maxHeap.endsWith("g") ? value * 1024 : value;
  }
}
