package dev.frameports.workloads.postgres;

import dev.frameports.workloads.Progress;

/**
 * Tuning of a throughput run.
 *
 * @param poolSize connections (and, for {@link QueryClient#JDBC}, threads); upstream used 5
 *     (Python) and 20 (Rust)
 * @param pipelining queries in flight per connection for {@link QueryClient#VERTX} (at most {@code
 *     poolSize * pipelining} outstanding); ignored by {@link QueryClient#JDBC}
 * @param progress told queries answered every 1,000, from the client's threads, with the total
 */
public record QueryOptions(int poolSize, int pipelining, Progress progress) {
  /** Queries in flight per connection unless told otherwise. */
  public static final int DEFAULT_PIPELINING = 16;

  public QueryOptions {
    if (poolSize < 1 || pipelining < 1) {
      throw new IllegalArgumentException(
          "poolSize and pipelining must be positive, not " + poolSize + " and " + pipelining);
    }
  }

  /** A pool of {@code poolSize}, the default pipelining, no progress. */
  public static QueryOptions pool(int poolSize) {
    return new QueryOptions(poolSize, DEFAULT_PIPELINING, Progress.NONE);
  }

  public QueryOptions withPipelining(int pipelining) {
    return new QueryOptions(poolSize, pipelining, progress);
  }

  public QueryOptions withProgress(Progress progress) {
    return new QueryOptions(poolSize, pipelining, progress);
  }
}
