package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The last line of an ETL command: its output checked against the oracle, or why not. */
final class OracleVerdict {
  private OracleVerdict() {}

  /** Prints why the output was not checked; a run without an oracle is still a success. */
  static int notChecked(String reason, PrintWriter out) {
    out.println("not checked: " + reason);
    return ExitCode.OK.code();
  }

  /**
   * Prints "equal", or fails with the first difference (and how many more) naming the output and
   * the folder whose manifest is the oracle.
   */
  static int of(List<String> differences, Path output, Path dataDir, int runs, PrintWriter out) {
    if (!differences.isEmpty()) {
      throw new CliFailure(
          ExitCode.ORACLE_MISMATCH,
          output
              + " differs from the oracle in "
              + dataDir
              + ": "
              + differences.get(0)
              + (differences.size() > 1 ? " (and " + (differences.size() - 1) + " more)" : ""));
    }
    out.println("checked against the oracle: equal (" + runs + " run(s))");
    return ExitCode.OK.code();
  }
}
