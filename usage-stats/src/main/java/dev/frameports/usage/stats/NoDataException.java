package dev.frameports.usage.stats;

/** The analysis window holds no row (usage-stats-spec.md §3.13 run_analysis step 2). */
public final class NoDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The upstream message. */
  public static final String MESSAGE = "No data found in the specified time range.";

  /** The window of run_analysis is empty. */
  public NoDataException() {
    super(MESSAGE);
  }

  /** Some other selection is empty (e.g. a GPU model in a snapshot window). */
  public NoDataException(String message) {
    super(message);
  }
}
