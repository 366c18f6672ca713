package dev.frameports.workloads.cli;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import dev.frameports.frame.spi.Capability;
import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import dev.frameports.workloads.EtlRun;
import dev.frameports.workloads.daily.DailySummaryCheck;
import dev.frameports.workloads.daily.DailySummaryJob;
import dev.frameports.workloads.daily.TransactionGenerator;
import dev.frameports.workloads.daily.TransactionManifest;
import dev.frameports.workloads.daily.TransactionSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code frameports etl daily}: the daily transaction summary over Parquet (seed 004). */
@Command(
    name = "daily",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads **/*.parquet of transactions, groups by date(datetime) with count(transaction_id),"
          + " count(customer_id), sum(order_amount), sum(order_qty), orders by amount descending"
          + " (date breaks ties) and writes daily_transactions_summary.csv atomically. Prints"
          + " rows/s and MB/s.",
      "DuckDB runs as upstream configured it: memory_limit (--memory-limit), temp_directory (a"
          + " temporary spill folder, deleted afterwards), preserve_insertion_order=false.",
      "With --rows the input is generated first (seeded; not timed; reused when present). The"
          + " output is checked against the generator's oracle unless --no-check."
    })
final class EtlDailyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin EngineOptions engine = new EngineOptions();

  @Mixin WorkloadInput input = new WorkloadInput("daily");

  @Mixin TransactionOptions transactions = new TransactionOptions();

  @Option(
      names = "--memory-limit",
      paramLabel = "SIZE",
      defaultValue = "1GB",
      description = "DuckDB's memory_limit; past it DuckDB spills. Default: ${DEFAULT-VALUE}.")
  String memoryLimit = "1GB";

  @Option(
      names = "--reader",
      paramLabel = "NAME",
      description =
          "For an engine that reads no Parquet (tablesaw): the engine that reads the files into"
              + " one in-memory frame first (eager; everything in heap). E.g. arrow.")
  @Nullable String reader;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "The CSV file to write. Default: daily_transactions_summary.csv in the data folder.")
  @Nullable Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = input.quiet ? null : spec.commandLine().getErr();
    long rows = input.rows != null ? input.rows : 1;
    Path dir = input.dataDirectory(transactions.files(rows), transactions.shape());
    TransactionManifest manifest =
        input.rows != null
            ? existingOrGenerated(
                dir,
                transactions.spec(input.rows, input.seed),
                input.workers(TransactionGenerator.defaultWorkers()),
                err)
            : GeneratedInput.existing(dir, TransactionManifest::read);
    Path target = output != null ? output : dir.resolve("daily_transactions_summary.csv");
    String name = engine.name();
    List<EtlRun> runs;
    try (@Nullable DuckDbSpill spill = name.equals("duckdb") ? DuckDbSpill.create() : null) {
      Map<String, String> defaults =
          spill == null ? Map.of() : DailySummaryJob.duckDbOptions(spill.dir(), memoryLimit);
      runs =
          EtlTrials.onEngine(
              input.trials,
              engine,
              defaults,
              "daily on " + name,
              target,
              backend -> run(backend, dir, target),
              out,
              err);
    }
    if (manifest == null || input.noCheck) {
      return OracleVerdict.notChecked(
          input.noCheck ? "--no-check" : "no manifest.json in " + dir, out);
    }
    List<String> differences = new ArrayList<>(OracleVerdict.rowCounts(runs, manifest.totalRows()));
    differences.addAll(DailySummaryCheck.differences(target, manifest));
    return OracleVerdict.of(differences, target, dir, runs.size(), out);
  }

  private EtlRun run(Backend backend, Path dir, Path target) {
    if (reader == null) {
      if (!backend.capabilities().contains(Capability.PARQUET_SOURCE)) {
        throw new CliFailure(
            ExitCode.UNSUPPORTED,
            "backend '"
                + backend.name()
                + "' reads no Parquet; add --reader arrow (or duckdb)"
                + " to read the files into memory first (the eager variant)");
      }
      return DailySummaryJob.run(backend, dir, target);
    }
    try (Backend parquetReader = Backends.load(EngineOptions.checked(reader, "--reader"))) {
      return DailySummaryJob.run(backend, parquetReader, dir, target);
    }
  }

  private static TransactionManifest existingOrGenerated(
      Path dir, TransactionSpec wanted, int workers, @Nullable PrintWriter err) {
    return GeneratedInput.reuseOrGenerate(
        dir,
        "transaction",
        TransactionManifest::read,
        existing -> existing.spec().equals(wanted),
        existing -> existing.spec().toString(),
        () -> {
          try (Backend writer = Backends.load("duckdb")) {
            return TransactionGenerator.generate(
                wanted, dir, writer, workers, new FileProgress(err, "generate transactions"));
          }
        });
  }
}
