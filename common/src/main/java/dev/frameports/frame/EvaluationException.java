package dev.frameports.frame;

/**
 * An error while evaluating an expression on data: integer overflow, a string that does not cast to
 * the requested type, an allocation limit reached by an operator.
 */
public class EvaluationException extends FrameException {
  private static final long serialVersionUID = 1L;

  public EvaluationException(String message) {
    super(message);
  }

  public EvaluationException(String message, Throwable cause) {
    super(message, cause);
  }
}
