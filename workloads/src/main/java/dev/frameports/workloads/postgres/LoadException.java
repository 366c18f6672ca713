package dev.frameports.workloads.postgres;

import dev.frameports.frame.SourceException;

/**
 * A load that failed: a bad row (the message names the file and the line), a sink that refused a
 * row, or a server that went away. Says how many rows stayed in the table: 0 for the atomic
 * strategies (rolled back), the rows committed before the failure for the ROW strategies.
 */
public final class LoadException extends SourceException {
  private static final long serialVersionUID = 1L;

  private final LoadStrategy strategy;
  private final long rowsLoaded;

  LoadException(String message, LoadStrategy strategy, long rowsLoaded, Throwable cause) {
    super(message, cause);
    this.strategy = strategy;
    this.rowsLoaded = rowsLoaded;
  }

  public LoadStrategy strategy() {
    return strategy;
  }

  /** Rows committed to the table before the failure (0 when the load was rolled back). */
  public long rowsLoaded() {
    return rowsLoaded;
  }
}
