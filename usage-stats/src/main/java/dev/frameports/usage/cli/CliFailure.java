package dev.frameports.usage.cli;

/** A failure the command reports as one line on standard error, with its exit code. */
public final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  /** A failure with its exit code and the one-line message that names the input. */
  public CliFailure(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** The same, keeping the cause for FRAMEPORTS_DEBUG stack traces. */
  public CliFailure(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** The process exit status of this failure. */
  public ExitCode exitCode() {
    return exitCode;
  }
}
