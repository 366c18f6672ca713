package dev.frameports.workloads;

/**
 * Where a generator or a job reports how far it is, for a progress bar or a log. Called from the
 * worker that made the progress: implementations must be thread-safe when the caller is parallel.
 */
@FunctionalInterface
public interface Progress {
  /** Reports nothing. */
  Progress NONE = (done, total) -> {};

  /**
   * {@code done} of {@code total} units (files, rows: the caller says which) are finished.
   *
   * @param total the number of units of the whole task, the same on every call
   */
  void advance(long done, long total);
}
