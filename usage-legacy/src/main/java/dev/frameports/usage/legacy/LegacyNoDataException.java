package dev.frameports.usage.legacy;

/**
 * The oracle found no rows where it needed some: {@code run_analysis} on an empty window (upstream
 * returned {@code {error: "No data found in the specified time range."}}), or a GPU-model snapshot
 * whose window holds no row of the model.
 */
public final class LegacyNoDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The message of an empty analysis window, word for word as upstream. */
  public static final String EMPTY_WINDOW = "No data found in the specified time range.";

  /** An exception with this message. */
  public LegacyNoDataException(String message) {
    super(message);
  }

  /** The exception of an empty analysis window. */
  static LegacyNoDataException emptyWindow() {
    return new LegacyNoDataException(EMPTY_WINDOW);
  }
}
