package dev.frameports.workloads.postgres;

/**
 * The files seed 001's generator writes: prefixes of the repeated base table. With upstream's
 * repetition (400,000) the 10k and 100k files hold base row 0 only, and 1M holds rows 0, 1 and 2.
 */
public enum DiabetesSize {
  TEN_K("10k", 10_000),
  HUNDRED_K("100k", 100_000),
  ONE_M("1M", 1_000_000),
  FIFTY_M("50M", 50_000_000),
  /** All {@code 768 * repeat} rows. */
  FULL("full", Long.MAX_VALUE);

  private final String label;
  private final long rows;

  DiabetesSize(String label, long rows) {
    this.label = label;
    this.rows = rows;
  }

  /** Upstream's name of the size, e.g. {@code 10k}, {@code 1M} or {@code full}. */
  public String label() {
    return label;
  }

  /** Upstream's file name, e.g. {@code 10k_benchmarking_data.csv}. */
  public String fileName() {
    return label + "_benchmarking_data.csv";
  }

  /** The rows of this prefix for a repetition factor: never more than the whole expansion. */
  public long rows(int repeat) {
    return Math.min(rows, (long) DiabetesBaseTable.ROWS * repeat);
  }
}
