package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import dev.frameports.workloads.EtlRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
   * One difference per run whose input row count (counted by the engine) is not the manifest's; the
   * output files carry no row count, so this is the only check that every row was read.
   */
  static List<String> rowCounts(List<EtlRun> runs, long expectedRows) {
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      long read = runs.get(i).inputRows();
      if (read != expectedRows) {
        differences.add(
            (runs.size() > 1 ? "trial " + (i + 1) + ": " : "")
                + "the engine read "
                + read
                + " input rows, the manifest has "
                + expectedRows);
      }
    }
    return differences;
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
