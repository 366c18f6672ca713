package dev.frameports.usage.store;

import dev.frameports.frame.SourceException;

/**
 * Input data that cannot be analysed, of a known {@link Kind}, so that a command line can give each
 * kind its own exit code. The message names the offending path and fits on one line.
 */
public final class GpuStateProblem extends SourceException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the input. */
  public enum Kind {
    /** The data directory or the named database file does not exist. */
    MISSING,
    /** The data directory holds no {@code gpu_state_YYYY-MM.db} file. */
    EMPTY,
    /** The file is not a SQLite database, or a damaged one. */
    NOT_A_DATABASE,
    /** A SQLite database without table {@code gpu_state}. */
    FOREIGN_DATABASE,
    /** Table {@code gpu_state} lacks one of the twelve columns. */
    MISSING_COLUMN,
    /** A timestamp that does not parse, or one file mixing timestamp forms. */
    BAD_TIMESTAMP
  }

  private final Kind kind;

  public GpuStateProblem(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public GpuStateProblem(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** What is wrong. */
  public Kind kind() {
    return kind;
  }
}
