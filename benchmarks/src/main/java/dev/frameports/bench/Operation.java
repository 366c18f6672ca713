package dev.frameports.bench;

/**
 * What a benchmark measures. The first nine are upstream's {@code benchmark_polars.py} operations
 * (usage-stats-spec.md §6); {@link #REPORT} is the whole default report.
 */
public enum Operation {
  /** Read the whole generated window from the monthly SQLite files, timestamps parsed. */
  LOAD("load", true),
  /**
   * State == Claimed, PrioritizedProjects != "" (null passes, as in pandas), Name not ~backfill.
   */
  FILTER3("filter3", true),
  /** Machine contains "gpu", ignoring case; null Machine is dropped ({@code na=False}). */
  CONTAINS_IGNORE_CASE("containsIgnoreCase", true),
  /** Drop duplicates on (timestamp, AssignedGPUs), keeping the first. */
  DEDUP("dedup", true),
  /** Stable sort by AssignedGPUs ascending (nulls last), then timestamp descending. */
  SORT2("sort2", true),
  /** Per calendar date, the number of distinct non-null AssignedGPUs (row order unspecified). */
  GROUP_DATE_DISTINCT("groupDateDistinct", false),
  /** The 15-minute floor of every timestamp (a one-column result, the pandas Series). */
  FLOOR15("floor15", true),
  /** The rows whose AssignedGPUs is not null. */
  NOT_NULL("notNull", true),
  /** timestamp, Name, AssignedGPUs, State, in that order. */
  SELECT4("select4", true),
  /** The default report: allocation grouped by device, over 24 h, 7 days or 30 days. */
  REPORT("report", true);

  private final String method;
  private final boolean ordered;

  Operation(String method, boolean ordered) {
    this.method = method;
    this.ordered = ordered;
  }

  /** The {@code @Benchmark} method's name, also the measurement name (except for the report). */
  public String method() {
    return method;
  }

  /** False when the result's row order is unspecified, so answers are compared as multisets. */
  boolean ordered() {
    return ordered;
  }

  /** The column names of the result, for the oracle's message on a mismatch. */
  java.util.List<String> columnNames() {
    switch (this) {
      case GROUP_DATE_DISTINCT:
        return java.util.List.of("date", "gpus");
      case FLOOR15:
        return java.util.List.of("15min_bucket");
      case SELECT4:
        return java.util.List.of("timestamp", "Name", "AssignedGPUs", "State");
      case REPORT:
        return java.util.List.of("report");
      default:
        return dev.frameports.usage.GpuColumns.ALL;
    }
  }

  /** The measurement name of the results JSON, e.g. {@code filter3} or {@code report7d}. */
  public String resultName(BenchDataSet data) {
    if (this != REPORT) {
      return method;
    }
    int hours = data.reportHours();
    return hours % 24 == 0 && hours > 24 ? "report" + hours / 24 + "d" : "report" + hours + "h";
  }

  /** The operation of a {@code @Benchmark} method name (the part after the last dot is used). */
  public static Operation ofMethod(String benchmark) {
    String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    for (Operation op : values()) {
      if (op.method.equals(method)) {
        return op;
      }
    }
    throw new IllegalArgumentException("no operation for benchmark method " + benchmark);
  }
}
