package dev.frameports.workloads.daily;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link TransactionGenerator} writes: {@code rows} transactions spread over {@code files}
 * parquet files, dated uniformly over {@code days} calendar days from {@code startDate}, for
 * customers {@code 1..customers}. The same spec always gives the same rows.
 *
 * @param rows total rows, at least 1
 * @param files number of parquet files, 1..9999 and at most {@code rows}
 * @param seed the seed of every file's random stream ({@link
 *     dev.frameports.workloads.FileSeeds#forFile})
 * @param startDate the first day (naive, no time zone)
 * @param days number of days, 1..36_500
 * @param customers number of distinct customer ids, at least 1
 */
public record TransactionSpec(
    long rows, int files, long seed, LocalDate startDate, int days, long customers) {

  /** The first day of the named sizes: 2024-01-01 (a leap year, so 366 days are possible). */
  public static final LocalDate DEFAULT_START = LocalDate.of(2024, 1, 1);

  /** The customers of the named sizes: one million (our assumption; upstream's is unknown). */
  public static final long DEFAULT_CUSTOMERS = 1_000_000L;

  /** Most files a spec may ask for: file names carry four digits. */
  public static final int MAX_FILES = 9_999;

  /** Most days a spec may span (about a century), so that timestamps stay far from overflow. */
  public static final int MAX_DAYS = 36_500;

  /**
   * Checks the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value that is out of range
   */
  public TransactionSpec {
    Objects.requireNonNull(startDate, "startDate");
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1, got " + rows);
    }
    if (files < 1 || files > MAX_FILES) {
      throw new IllegalArgumentException(
          "files must be between 1 and " + MAX_FILES + ", got " + files);
    }
    if (files > rows) {
      throw new IllegalArgumentException(
          "files (" + files + ") must not exceed rows (" + rows + "): every file holds a row");
    }
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException(
          "days must be between 1 and " + MAX_DAYS + ", got " + days);
    }
    if (customers < 1) {
      throw new IllegalArgumentException("customers must be at least 1, got " + customers);
    }
    if (rows / files > Integer.MAX_VALUE - rows % files) {
      throw new IllegalArgumentException(
          "at most " + Integer.MAX_VALUE + " rows per file; use more files than " + files);
    }
  }

  /** A spec of a named size with the default start date and customers. */
  public static TransactionSpec of(TransactionSize size, long seed) {
    return new TransactionSpec(
        size.rows(), size.files(), seed, DEFAULT_START, size.days(), DEFAULT_CUSTOMERS);
  }

  /** The same spec with another seed. */
  public TransactionSpec withSeed(long newSeed) {
    return new TransactionSpec(rows, files, newSeed, startDate, days, customers);
  }

  /**
   * The rows of file {@code index}: {@code rows / files} each, the remainder going to the last.
   *
   * @throws IndexOutOfBoundsException outside {@code 0..files-1}
   */
  public int rowsOfFile(int index) {
    Objects.checkIndex(index, files);
    long each = rows / files;
    return Math.toIntExact(index == files - 1 ? each + rows % files : each);
  }

  /** The day after the last one: timestamps lie in {@code [startDate, endDate())}. */
  public LocalDate endDate() {
    return startDate.plusDays(days);
  }
}
