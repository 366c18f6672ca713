package dev.frameports.usage.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs {@code frameports} in-process and captures what it printed. */
final class Cli {
  private Cli() {}

  /** The exit code and the two streams of one run. */
  record Run(int exitCode, String out, String err) {
    /** The non-blank lines of standard error. */
    List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FrameportsCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }
}
