package dev.frameports.workloads.cli;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import dev.frameports.workloads.daily.TransactionGenerator;
import dev.frameports.workloads.daily.TransactionManifest;
import dev.frameports.workloads.daily.TransactionSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code frameports generate transactions}: the Parquet input of the daily summary (seed 004). */
@Command(
    name = "transactions",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes part-NNNN/transactions-NNNN.parquet (transaction_id, datetime naive micros,"
          + " customer_id, order_qty, order_amount in whole cents / 100), plus"
          + " expected_daily_summary.csv and manifest.json: the oracle per day. The distributions"
          + " are our assumption (the upstream generator is unavailable): uniform, see"
          + " docs of TransactionGenerator."
    })
final class GenerateTransactionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TransactionOptions transactions = new TransactionOptions();

  @Option(
      names = "--rows",
      paramLabel = "N",
      defaultValue = "100000",
      description = "Rows in all (bench: 100000000). Default: ${DEFAULT-VALUE}.")
  long rows = 100_000;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed. Default: ${DEFAULT-VALUE}.")
  long seed = 1;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "Threads drawing rows (one writes at a time), each holding one file's rows in heap."
              + " Default: ${DEFAULT-VALUE} (the number of processors, at most 2).")
  int workers = TransactionGenerator.defaultWorkers();

  @Option(
      names = "--writer",
      paramLabel = "NAME",
      defaultValue = "duckdb",
      description = "The engine that writes the Parquet files. Default: ${DEFAULT-VALUE}.")
  String writer = "duckdb";

  @Option(
      names = {"--output-dir", "-o"},
      paramLabel = "DIR",
      required = true,
      description = "Folder to write into (created if missing).")
  Path outputDir;

  @Option(names = "--quiet", description = "No progress line on standard error.")
  boolean quiet;

  @Override
  public Integer call() {
    if (workers < 1) {
      throw new CliFailure(ExitCode.USAGE, "--workers must be at least 1, got " + workers);
    }
    TransactionSpec wanted = transactions.spec(rows, seed);
    long start = System.nanoTime();
    PrintWriter err = quiet ? null : spec.commandLine().getErr();
    TransactionManifest manifest;
    try (Backend backend = Backends.load(EngineOptions.checked(writer, "--writer"))) {
      manifest =
          OutputFailures.generating(
              outputDir,
              () ->
                  TransactionGenerator.generate(
                      wanted,
                      outputDir,
                      backend,
                      workers,
                      new FileProgress(err, "generate transactions")));
    }
    GenerationReport.print(
        spec.commandLine().getOut(),
        manifest.totalRows(),
        manifest.files().size(),
        manifest.totalBytes(),
        TransactionManifest.FILE_NAME,
        outputDir,
        start);
    return ExitCode.OK.code();
  }
}
