package dev.frameports.workloads.postgres;

import java.util.SplittableRandom;

/**
 * The queries of seed 002's throughput test: {@code queries} times {@code SELECT COUNT(*) AS count
 * FROM persons WHERE age > $1}, each threshold drawn from one random stream seeded with {@code
 * seed}, uniformly in {@code minThreshold..maxThreshold} inclusive.
 *
 * <p>Upstream drew with Python's {@code random.seed(1)} (22..65 inclusive) or Rust's {@code
 * StdRng::seed_from_u64(1)} (22..64); neither sequence can be reproduced here, so the thresholds
 * come from a {@link SplittableRandom} with the same seed, range and distribution. The checksum
 * (the sum of all counts) is therefore this project's, computed by {@link
 * PersonsOracle#checksum(QuerySpec)}.
 *
 * @param queries how many queries, {@code 0..Integer.MAX_VALUE}
 * @param seed the seed of the threshold stream
 * @param minThreshold the smallest threshold, inclusive
 * @param maxThreshold the largest threshold, inclusive
 */
public record QuerySpec(int queries, long seed, int minThreshold, int maxThreshold) {
  /** Upstream's seed of the threshold draws. */
  public static final long UPSTREAM_SEED = 1;

  public QuerySpec {
    if (queries < 0) {
      throw new IllegalArgumentException("queries must not be negative, not " + queries);
    }
    if (maxThreshold < minThreshold) {
      throw new IllegalArgumentException(
          "bad threshold range " + minThreshold + ".." + maxThreshold);
    }
  }

  /** {@code queries} thresholds as upstream's Python and README: seed 1, 22..65 inclusive. */
  public static QuerySpec upstream(int queries) {
    return new QuerySpec(queries, UPSTREAM_SEED, PersonsSpec.MIN_AGE, PersonsSpec.MAX_AGE);
  }

  /** The same with upstream Rust's exclusive range: 22..64. */
  public static QuerySpec upstreamRust(int queries) {
    return new QuerySpec(queries, UPSTREAM_SEED, PersonsSpec.MIN_AGE, PersonsSpec.MAX_AGE - 1);
  }

  /** The thresholds, in the order they are sent; the same array for the same spec. */
  public int[] thresholds() {
    SplittableRandom random = new SplittableRandom(seed);
    int[] thresholds = new int[queries];
    for (int i = 0; i < queries; i++) {
      thresholds[i] = random.nextInt(minThreshold, maxThreshold + 1);
    }
    return thresholds;
  }
}
