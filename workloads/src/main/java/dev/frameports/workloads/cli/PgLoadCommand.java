package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import dev.frameports.workloads.Progress;
import dev.frameports.workloads.postgres.DiabetesGenerator;
import dev.frameports.workloads.postgres.DiabetesSize;
import dev.frameports.workloads.postgres.DiabetesSpec;
import dev.frameports.workloads.postgres.LoadOptions;
import dev.frameports.workloads.postgres.LoadResult;
import dev.frameports.workloads.postgres.LoadStrategy;
import dev.frameports.workloads.postgres.LoadTable;
import dev.frameports.workloads.postgres.PersonsGenerator;
import dev.frameports.workloads.postgres.PersonsSpec;
import dev.frameports.workloads.postgres.TableLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code frameports pg load}: seed 001's (and seed 002's) load of a generated CSV, timed. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generates a CSV (seeded; not timed), then loads it into a table with one strategy and"
          + " times the load from right before the file is opened to the last commit: upstream's"
          + " span (server start, connections and the DDL are not timed). Each trial drops and"
          + " recreates the table.",
      "  persons   seed 002: id,name,age,isMarried,city,state,country into persons",
      "  diabetes  seed 001: the synthetic Pima table, each base row repeated 400,000 times,"
          + " into csvdata (10k and 100k hold base row 0 only); upstream inserted one row per"
          + " commit at ~1 ms a row",
      "Prints per trial 'load <table> with <STRATEGY> (<workers>) into <database>: N rows in S s,"
          + " R rows/s', then median/mean/min for --trials > 1, and last 'oracle: matches (...)'"
          + " after comparing the table with the generator's oracle by SQL aggregates (count,"
          + " column sums, distinct rows or the age histogram)."
    })
final class PgLoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--table",
      paramLabel = "NAME",
      defaultValue = "persons",
      description = "persons or diabetes. Default: ${DEFAULT-VALUE}.")
  String table = "persons";

  @Option(
      names = "--rows",
      paramLabel = "N",
      description =
          "Rows to generate. persons: a number (default 100000); diabetes: one of upstream's"
              + " files 10k, 100k, 1M, 50M, full (default 10k).")
  @Nullable String rows;

  @Mixin GeneratedPersons generated = new GeneratedPersons();

  @Option(
      names = "--strategy",
      paramLabel = "NAME",
      defaultValue = "copy",
      description = {
        "How to load. Default: ${DEFAULT-VALUE}.",
        "  row                  one INSERT and one commit per row on one connection (seed 001's"
            + " chunks, faithful)",
        "  row-parallel         --workers threads, one connection each, a commit per row (what"
            + " seed 001's README says Dask did)",
        "  row-parallel-shared  --workers threads sharing one connection (what seed 001's Dask"
            + " code did)",
        "  batch                JDBC batches of --batch-size, reWriteBatchedInserts, one"
            + " transaction",
        "  copy                 COPY FROM STDIN through pgjdbc's CopyManager, one transaction",
        "  duckdb-appender      DuckDB's Appender into an in-memory DuckDB in this process (no"
            + " PostgreSQL), one transaction"
      })
  String strategy = "copy";

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "Threads of row-parallel and row-parallel-shared. Default: the processors.")
  @Nullable Integer workers;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Rows per executeBatch of the batch strategy. Default: ${DEFAULT-VALUE}.")
  int batchSize = 1000;

  @Option(
      names = "--trials",
      paramLabel = "N",
      defaultValue = "1",
      description = "Load N times (the table is recreated each time). Default: ${DEFAULT-VALUE}.")
  int trials = 1;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where to write the CSV (kept). Default: a temporary folder, deleted at the end.")
  @Nullable Path dataDir;

  @Mixin PgServerOptions server = new PgServerOptions();

  @Option(names = "--no-check", description = "Do not compare the table with the oracle.")
  boolean noCheck;

  @Option(names = "--quiet", description = "No progress lines on standard error.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = quiet ? null : spec.commandLine().getErr();
    LoadStrategy how = PgChoices.strategy(strategy);
    LoadTable what = PgChoices.table(table);
    Input input = what == LoadTable.PERSONS ? persons() : diabetes();
    LoadOptions options =
        LoadOptions.defaults()
            .withWorkers(atLeastOne("--workers", workers != null ? workers : processors()))
            .withBatchSize(atLeastOne("--batch-size", batchSize));
    atLeastOne("--trials", trials);
    if (how.targetsPostgres()) {
      server.validate();
    } else if (server.external() && err != null) {
      err.println("note: --jdbc-url ignored: duckdb-appender loads into an in-memory DuckDB");
    }
    try (PgDataFolder folder = PgDataFolder.of(dataDir);
        PgDatabase database =
            how.targetsPostgres() ? PgDatabase.postgres(server) : PgDatabase.duckDb()) {
      Path csv = folder.path().resolve(input.fileName());
      PgOracleCheck oracle;
      try (CountProgress progress =
          new CountProgress(err, "generate " + what.tableName(), "rows")) {
        oracle = OutputFailures.generating(folder.path(), () -> input.write().apply(csv, progress));
      }
      List<Duration> elapsed = new ArrayList<>();
      for (int i = 1; i <= trials; i++) {
        LoadResult result;
        try (CountProgress progress = new CountProgress(err, "load " + what.tableName(), "rows")) {
          result =
              TableLoader.load(database.sink(), how, what, csv, options.withProgress(progress));
        }
        elapsed.add(result.elapsed());
        out.println((trials > 1 ? "trial " + i + "/" + trials + ": " : "") + result.summaryLine());
        out.flush();
        if (!noCheck) {
          oracle.require(database, trials > 1 ? "after trial " + i : "", out);
        }
      }
      if (trials > 1) {
        out.println(TrialSeconds.summary(elapsed));
      }
      out.println(
          noCheck
              ? "oracle: not checked (--no-check)"
              : "oracle: matches (" + oracle.measures() + ")");
      return ExitCode.OK.code();
    }
  }

  private static int processors() {
    return Runtime.getRuntime().availableProcessors();
  }

  private Input persons() {
    long n;
    try {
      n = rows == null ? 100_000 : Long.parseLong(rows);
    } catch (NumberFormatException e) {
      throw new CliFailure(ExitCode.USAGE, "--rows: '" + rows + "' is not a number of persons", e);
    }
    if (n < 1 || n > Integer.MAX_VALUE) {
      throw new CliFailure(
          ExitCode.USAGE, "--rows: persons must be 1.." + Integer.MAX_VALUE + ", not " + rows);
    }
    PersonsSpec persons = generated.spec(n);
    return new Input(
        "persons.csv",
        (csv, progress) -> PgOracleCheck.of(PersonsGenerator.write(csv, persons, progress)));
  }

  private Input diabetes() {
    DiabetesSize size = PgChoices.diabetesSize(rows == null ? "10k" : rows);
    DiabetesSpec diabetes = DiabetesSpec.of(size, generated.seed, DiabetesSpec.UPSTREAM_REPEAT);
    return new Input(
        size.fileName(),
        (csv, progress) -> PgOracleCheck.of(DiabetesGenerator.write(csv, diabetes, progress)));
  }

  private static int atLeastOne(String option, int value) {
    if (value < 1) {
      throw new CliFailure(ExitCode.USAGE, option + " must be at least 1, not " + value);
    }
    return value;
  }

  /**
   * The input of one table.
   *
   * @param fileName upstream's file name
   * @param write writes the CSV (reporting rows) and returns the check against its oracle
   */
  private record Input(String fileName, BiFunction<Path, Progress, PgOracleCheck> write) {}
}
