package dev.frameports.frame;

/**
 * A source or sink that cannot be read or written: a missing file, a glob that matches nothing, a
 * value that does not parse as its declared type. The message names the file.
 */
public class SourceException extends FrameException {
  private static final long serialVersionUID = 1L;

  public SourceException(String message) {
    super(message);
  }

  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
