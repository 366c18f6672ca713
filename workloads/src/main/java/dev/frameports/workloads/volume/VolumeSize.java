package dev.frameports.workloads.volume;

import java.util.Arrays;
import java.util.Locale;

/**
 * The named size profiles of seed 000 (files x rows per file) for the 2-core reference machine:
 * {@code tiny} for unit tests, {@code small} for integration, {@code bench} larger than a 1 GB
 * heap, {@code full} the upstream 200M rows (about 16 GB of CSV).
 */
public enum VolumeSize {
  /** 5 x 2,000 = 10k rows, about 0.8 MB. */
  TINY(5, 2_000),
  /** 50 x 20,000 = 1M rows, about 80 MB. */
  SMALL(50, 20_000),
  /** 50 x 1,000,000 = 50M rows, about 4 GB. */
  BENCH(50, 1_000_000),
  /** 50 x 4,000,000 = 200M rows, about 16 GB: the upstream run. */
  FULL(50, 4_000_000);

  private final int files;
  private final long rowsPerFile;

  VolumeSize(int files, long rowsPerFile) {
    this.files = files;
    this.rowsPerFile = rowsPerFile;
  }

  /** The number of {@code data{i}.csv} files. */
  public int files() {
    return files;
  }

  /** The total rows over all files: files times rows per file. */
  public long rows() {
    return files * rowsPerFile;
  }

  /** This profile's parameters with the given seed and worker count. */
  public VolumeSpec spec(long seed, int workers) {
    return new VolumeSpec(rows(), files, seed, workers);
  }

  /**
   * The profile named so, in any case ({@code tiny}, {@code SMALL}).
   *
   * @throws IllegalArgumentException listing the names when none matches
   */
  public static VolumeSize named(String name) {
    for (VolumeSize size : values()) {
      if (size.name().equalsIgnoreCase(name.strip())) {
        return size;
      }
    }
    throw new IllegalArgumentException(
        "unknown volume size '"
            + name
            + "'; known: "
            + Arrays.toString(values()).toLowerCase(Locale.ROOT));
  }
}
