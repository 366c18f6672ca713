package dev.frameports.workloads.postgres;

import dev.frameports.workloads.Progress;

/**
 * Tuning of a load.
 *
 * @param workers worker threads of {@link LoadStrategy#ROW_PARALLEL} and {@link
 *     LoadStrategy#ROW_PARALLEL_SHARED} (each with a connection for the former); ignored by the
 *     others
 * @param batchSize rows per {@code executeBatch} of {@link LoadStrategy#BATCH}
 * @param progress told rows loaded (committed for ROW strategies, sent for the others) every 1,000
 *     rows, from the loading threads; the total is -1 (unknown: the file is streamed, never counted
 *     first)
 */
public record LoadOptions(int workers, int batchSize, Progress progress) {
  public LoadOptions {
    if (workers < 1 || batchSize < 1) {
      throw new IllegalArgumentException(
          "workers and batchSize must be positive, not " + workers + " and " + batchSize);
    }
  }

  /** One worker per core, batches of 1,000, no progress. */
  public static LoadOptions defaults() {
    return new LoadOptions(Runtime.getRuntime().availableProcessors(), 1_000, Progress.NONE);
  }

  public LoadOptions withWorkers(int workers) {
    return new LoadOptions(workers, batchSize, progress);
  }

  public LoadOptions withBatchSize(int batchSize) {
    return new LoadOptions(workers, batchSize, progress);
  }

  public LoadOptions withProgress(Progress progress) {
    return new LoadOptions(workers, batchSize, progress);
  }
}
