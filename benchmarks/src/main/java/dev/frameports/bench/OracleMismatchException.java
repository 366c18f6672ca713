package dev.frameports.bench;

/** A backend's answer differs from the legacy oracle's: the measurement must not be reported. */
public final class OracleMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OracleMismatchException(String message) {
    super(message);
  }
}
