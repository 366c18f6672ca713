package dev.frameports.workloads.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code frameports etl}: the parent of the ETL workloads, {@code volume} and {@code daily}. */
@Command(
    name = "etl",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a ported ETL workload on one engine, times it and checks its output against the"
          + " oracle the generator wrote (shared/docs/seed-workloads.md).",
      "  volume  the Polars volume test: person CSVs -> per-state distinct counts -> Parquet",
      "  daily   the 1 TB daily summary: transaction Parquet -> per-day counts and sums -> CSV"
    },
    subcommands = {EtlVolumeCommand.class, EtlDailyCommand.class})
final class EtlCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing workload: volume or daily");
  }
}
