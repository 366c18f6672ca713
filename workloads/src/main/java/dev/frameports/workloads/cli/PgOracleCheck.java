package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import dev.frameports.workloads.postgres.DiabetesOracle;
import dev.frameports.workloads.postgres.PersonsOracle;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * A loaded table compared with the oracle its generator computed ({@code TableCheck}'s SQL
 * aggregates, run on the database; the table is never fetched).
 *
 * @param table the SQL table name
 * @param differences runs the comparison; an empty list means equal
 * @param measures what is compared, for the success line
 */
record PgOracleCheck(
    String table, Function<PgDatabase, List<String>> differences, String measures) {

  static PgOracleCheck of(PersonsOracle oracle) {
    return new PgOracleCheck(
        "persons",
        database -> database.differences(oracle),
        oracle.rows() + " rows; sum(id), sum(age), count(isMarried) and the age histogram equal");
  }

  static PgOracleCheck of(DiabetesOracle oracle) {
    return new PgOracleCheck(
        "csvdata",
        database -> database.differences(oracle),
        oracle.rows()
            + " rows; ids 1.."
            + oracle.rows()
            + ", the 9 column sums and "
            + oracle.distinctRows()
            + " distinct row(s) equal");
  }

  /**
   * Compares; on a difference prints each on {@code out} ({@code difference: ...}) and fails.
   *
   * @param when e.g. {@code after trial 2}, or empty
   * @throws CliFailure with {@link ExitCode#ORACLE_MISMATCH} naming the table, the database and the
   *     first difference
   */
  void require(PgDatabase database, String when, PrintWriter out) {
    List<String> found = differences.apply(database);
    if (found.isEmpty()) {
      return;
    }
    found.forEach(d -> out.println("difference: " + d));
    out.flush();
    throw new CliFailure(
        ExitCode.ORACLE_MISMATCH,
        "table "
            + table
            + " on "
            + database.sink().description()
            + (when.isEmpty() ? "" : " " + when)
            + " differs from the generator's oracle: "
            + found.get(0)
            + (found.size() > 1 ? " (and " + (found.size() - 1) + " more)" : ""));
  }
}
