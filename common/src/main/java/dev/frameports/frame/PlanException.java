package dev.frameports.frame;

/**
 * A plan that cannot run: an unknown column, a type mismatch, an aggregate outside {@code agg}, a
 * bad regular expression. Raised before any data is read.
 */
public class PlanException extends FrameException {
  private static final long serialVersionUID = 1L;

  public PlanException(String message) {
    super(message);
  }
}
