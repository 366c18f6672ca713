package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import dev.frameports.workloads.daily.TransactionSpec;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The shape of generated transactions: files, days, start date, customers. */
final class TransactionOptions {
  @Option(
      names = "--files",
      paramLabel = "N",
      defaultValue = "16",
      description = "Parquet files, each in its own part-NNNN folder. Default: ${DEFAULT-VALUE}.")
  int files = 16;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "365",
      description = "Days the timestamps spread over. Default: ${DEFAULT-VALUE}.")
  int days = 365;

  @Option(
      names = "--start-date",
      paramLabel = "YYYY-MM-DD",
      defaultValue = "2024-01-01",
      description = "First day. Default: ${DEFAULT-VALUE}.")
  LocalDate startDate = LocalDate.of(2024, 1, 1);

  @Option(
      names = "--customers",
      paramLabel = "N",
      defaultValue = "1000000",
      description = "Distinct customer ids drawn from. Default: ${DEFAULT-VALUE}.")
  long customers = 1_000_000;

  /** The generator's parameters, with a usage error naming the option that is wrong. */
  TransactionSpec spec(long rows, long seed) {
    try {
      return new TransactionSpec(rows, files, seed, startDate, days, customers);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCode.USAGE, e.getMessage(), e);
    }
  }
}
