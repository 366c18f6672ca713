package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import dev.frameports.workloads.daily.TransactionSize;
import dev.frameports.workloads.daily.TransactionSpec;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The shape of generated transactions: files, days, start date, customers. */
final class TransactionOptions {
  /**
   * Rows per file when --files is not given: the bench size's (100M rows in 64 files), about 340 MB
   * of heap per generating worker, which fits 2 workers in a 1 GB heap.
   */
  static final long DEFAULT_ROWS_PER_FILE =
      TransactionSize.BENCH.rows() / TransactionSize.BENCH.files();

  @Option(
      names = "--files",
      paramLabel = "N",
      description = {
        "Parquet files, each in its own part-NNNN folder.",
        "Default: rows / 1,562,500 rounded up (the bench size's rows per file; each generating"
            + " worker holds one file's rows, ~220 bytes a row)."
      })
  @Nullable Integer files;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "365",
      description = "Days the timestamps spread over. Default: ${DEFAULT-VALUE}.")
  int days = 365;

  // no defaultValue attribute: picocli then shows and uses the field's value, the spec's constant
  @Option(
      names = "--start-date",
      paramLabel = "YYYY-MM-DD",
      description = "First day. Default: ${DEFAULT-VALUE}.")
  LocalDate startDate = TransactionSpec.DEFAULT_START;

  @Option(
      names = "--customers",
      paramLabel = "N",
      description = "Distinct customer ids drawn from. Default: ${DEFAULT-VALUE}.")
  long customers = TransactionSpec.DEFAULT_CUSTOMERS;

  /** The file count: --files, else one per {@link #DEFAULT_ROWS_PER_FILE} rows (at least 1). */
  int files(long rows) {
    if (files != null) {
      return files;
    }
    long count = Math.max(1, (rows + DEFAULT_ROWS_PER_FILE - 1) / DEFAULT_ROWS_PER_FILE);
    return (int) Math.min(count, TransactionSpec.MAX_FILES);
  }

  /** The parameters besides rows, files and seed, for the default data folder's name. */
  String shape() {
    return "d" + days + "-from" + startDate + "-c" + customers;
  }

  /** The generator's parameters, with a usage error naming the option that is wrong. */
  TransactionSpec spec(long rows, long seed) {
    try {
      return new TransactionSpec(rows, files(rows), seed, startDate, days, customers);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCode.USAGE, e.getMessage(), e);
    }
  }
}
