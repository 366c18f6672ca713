package dev.frameports.usage.cli;

import dev.frameports.frame.SourceException;
import dev.frameports.usage.report.ReportFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Sends a finished output to standard output or, atomically, to a file. */
final class Output {
  private Output() {}

  /** Prints {@code text}, or writes it to {@code file} through a temporary file and a rename. */
  static void text(String text, @Nullable Path file, PrintWriter out) {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      ReportFiles.writeText(file, text);
    } catch (SourceException e) {
      throw new CliFailure(
          ExitCode.OUTPUT_FAILED, "cannot write output file " + file + ": " + cause(e), e);
    }
  }

  /** Writes bytes to {@code file} atomically. */
  static void bytes(byte[] bytes, Path file) {
    try {
      ReportFiles.writeBytes(file, bytes);
    } catch (SourceException e) {
      throw new CliFailure(
          ExitCode.OUTPUT_FAILED, "cannot write output file " + file + ": " + cause(e), e);
    }
  }

  private static String cause(Exception e) {
    Throwable root = e.getCause() != null ? e.getCause() : e;
    return Failures.oneLine(root.toString());
  }
}
