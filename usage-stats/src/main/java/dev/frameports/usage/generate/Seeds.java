package dev.frameports.usage.generate;

import java.util.SplittableRandom;

/**
 * Derives every random stream of a generation from the seed, a purpose and an index, so a stream
 * never depends on how much another stream consumed or on which thread ran first.
 */
final class Seeds {
  static final int LAYOUT = 1;
  static final int USERS = 2;
  static final int CLOCK = 3;
  static final int HOST = 4;
  static final int NOISE = 5;

  private Seeds() {}

  /** An independent stream for {@code (seed, purpose, index)}. */
  static SplittableRandom stream(long seed, int purpose, long index) {
    long mixed = mix(seed + 0x9E3779B97F4A7C15L * purpose);
    return new SplittableRandom(mix(mixed ^ (index * 0xD1B54A32D192ED03L + purpose)));
  }

  /** The SplitMix64 finaliser: a bijection that spreads nearby seeds apart. */
  static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
