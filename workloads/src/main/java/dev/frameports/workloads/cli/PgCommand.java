package dev.frameports.workloads.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code frameports pg}: the parent of the PostgreSQL workloads, {@code load} and {@code qps}. */
@Command(
    name = "pg",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a ported PostgreSQL workload against an embedded PostgreSQL (or --jdbc-url, or an"
          + " in-memory DuckDB), times it and checks the table and the answers against the"
          + " oracle the generator computed (shared/docs/seed-workloads.md, seeds 001 and 002).",
      "  load  loads a generated CSV with one strategy (row, row-parallel, batch, copy,"
          + " duckdb-appender...): rows/s",
      "  qps   loads seeded persons, then SELECT COUNT(*) ... WHERE age > $1 through pgjdbc"
          + " and Vert.x over pools of 1..N connections: queries/s and latencies"
    },
    subcommands = {PgLoadCommand.class, PgQpsCommand.class})
final class PgCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing workload: load or qps");
  }
}
