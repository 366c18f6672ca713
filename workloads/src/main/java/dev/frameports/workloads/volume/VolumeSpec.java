package dev.frameports.workloads.volume;

/**
 * The parameters of one generation: how many rows in how many files, the seed every value is drawn
 * from, and how many threads write the files. The data depend on {@code rows}, {@code files} and
 * {@code seed} only; {@code workers} changes the speed, never a byte.
 *
 * @param rows total data rows over all files, at least 1
 * @param files number of {@code data{i}.csv} files, at least 1 (upstream: 50)
 * @param seed the seed of every random draw
 * @param workers threads writing files in parallel, at least 1 (upstream: 8 processes)
 */
public record VolumeSpec(long rows, int files, long seed, int workers) {

  /**
   * @throws IllegalArgumentException naming the parameter that is out of range
   */
  public VolumeSpec {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1, got " + rows);
    }
    if (files < 1) {
      throw new IllegalArgumentException("files must be at least 1, got " + files);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }
    if (rows / files > Integer.MAX_VALUE) {
      // no counter needs this (they are longs); a guard against a typo'd row count: a file of
      // 2^31 rows would be about 170 GB of CSV, far past every profile
      throw new IllegalArgumentException(
          "at most " + Integer.MAX_VALUE + " rows per file, got " + rows + " rows in " + files);
    }
  }

  /**
   * The rows of file {@code index}: {@code rows / files}, the last file also taking the remainder
   * (as upstream, so a file may be empty when {@code rows < files}).
   *
   * @throws IndexOutOfBoundsException outside {@code 0..files-1}
   */
  public long rowsOfFile(int index) {
    if (index < 0 || index >= files) {
      throw new IndexOutOfBoundsException("file " + index + " of " + files);
    }
    long each = rows / files;
    return index == files - 1 ? each + rows % files : each;
  }

  /** The same data written by a different number of threads. */
  public VolumeSpec withWorkers(int newWorkers) {
    return new VolumeSpec(rows, files, seed, newWorkers);
  }
}
