package dev.frameports.workloads;

import java.util.SplittableRandom;

/**
 * The random stream of one generated file: a function of the run's seed and the file's index only,
 * so the output is identical whatever the number of workers or the order they run in.
 */
public final class FileSeeds {
  private FileSeeds() {}

  /** A fresh generator for file {@code fileIndex} of a run seeded with {@code seed}. */
  public static SplittableRandom forFile(long seed, int fileIndex) {
    // SplitMix64's finaliser over (seed, index): neighbouring indices give unrelated streams
    long z = seed * 0x9E3779B97F4A7C15L + (fileIndex + 1L) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }
}
