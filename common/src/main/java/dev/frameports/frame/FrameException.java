package dev.frameports.frame;

/**
 * The base of every error frameports reports about a plan, a source or an evaluation.
 *
 * <p>Messages name the offending input (column, file, expression) and what is wrong with it.
 */
public class FrameException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FrameException(String message) {
    super(message);
  }

  public FrameException(String message, Throwable cause) {
    super(message, cause);
  }
}
