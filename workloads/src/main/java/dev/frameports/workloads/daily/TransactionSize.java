package dev.frameports.workloads.daily;

/**
 * The named sizes of the transaction data (our choice; upstream's 1 TB is about 20 billion rows,
 * far beyond a 2-core machine). Turn one into a spec with {@link TransactionSpec#of}.
 */
public enum TransactionSize {
  /** 100,000 rows over 31 days in 4 files: for tests and CI. */
  TINY(100_000L, 31, 4),
  /** 10 million rows over 365 days in 16 files (about 625,000 rows per file). */
  SMALL(10_000_000L, 365, 16),
  /** 100 million rows over 365 days in 64 files (about 1.56 million rows per file). */
  BENCH(100_000_000L, 365, 64);

  private final long rows;
  private final int days;
  private final int files;

  TransactionSize(long rows, int days, int files) {
    this.rows = rows;
    this.days = days;
    this.files = files;
  }

  /** Total rows. */
  public long rows() {
    return rows;
  }

  /** Calendar days the timestamps span. */
  public int days() {
    return days;
  }

  /** Number of parquet files. */
  public int files() {
    return files;
  }
}
