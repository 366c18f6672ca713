package dev.frameports.usage.cli;

import dev.frameports.frame.FrameException;
import dev.frameports.usage.stats.NoDataException;
import dev.frameports.usage.store.GpuStateProblem;

/** Maps whatever a command threw to its exit code and a one-line message. */
final class Failures {
  private Failures() {}

  static CliFailure classify(Throwable t) {
    if (t instanceof CliFailure f) {
      return f;
    }
    if (t instanceof GpuStateProblem p) {
      return new CliFailure(ExitCode.of(p.kind()), oneLine(p.getMessage()), p);
    }
    if (t instanceof NoDataException e) {
      return new CliFailure(ExitCode.NO_DATA, oneLine(e.getMessage()), e);
    }
    if (t instanceof UnsupportedOperationException e) {
      return new CliFailure(ExitCode.UNSUPPORTED, oneLine(e.getMessage()), e);
    }
    if (t instanceof FrameException e) {
      return new CliFailure(ExitCode.DATA_ERROR, oneLine(e.getMessage()), e);
    }
    return new CliFailure(
        ExitCode.INTERNAL_ERROR,
        "internal error: "
            + t.getClass().getName()
            + ": "
            + oneLine(t.getMessage())
            + " (set FRAMEPORTS_DEBUG=1 for the stack trace)",
        t);
  }

  /** The first line of a message; engines' messages can span several. */
  static String oneLine(String message) {
    if (message == null || message.isBlank()) {
      return "(no message)";
    }
    return message.strip().lines().findFirst().orElse("").strip();
  }
}
