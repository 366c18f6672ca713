package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import dev.frameports.workloads.postgres.LoadOptions;
import dev.frameports.workloads.postgres.LoadStrategy;
import dev.frameports.workloads.postgres.LoadTable;
import dev.frameports.workloads.postgres.PersonsGenerator;
import dev.frameports.workloads.postgres.PersonsOracle;
import dev.frameports.workloads.postgres.PersonsSpec;
import dev.frameports.workloads.postgres.PostgresServer;
import dev.frameports.workloads.postgres.QueryClient;
import dev.frameports.workloads.postgres.QueryException;
import dev.frameports.workloads.postgres.QueryOptions;
import dev.frameports.workloads.postgres.QueryResult;
import dev.frameports.workloads.postgres.QuerySpec;
import dev.frameports.workloads.postgres.QueryThroughput;
import dev.frameports.workloads.postgres.TableLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code frameports pg qps}: seed 002's query throughput, per client and pool size. */
@Command(
    name = "qps",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Seed 002's query half. Generates --persons persons (seeded; not timed), loads them with"
          + " COPY (the DuckDB appender for --database duckdb) and checks the table, then for each"
          + " client and each --pool size sends --queries times 'SELECT COUNT(*) AS count FROM"
          + " persons WHERE age > $1' with seeded thresholds (22..65 inclusive as upstream's"
          + " Python; 22..64 with --rust-range).",
      "Each run is timed from the first query sent to the last answer; the connections are"
          + " opened before (upstream timed whole scripts). It prints 'qps <client> pool <n> on"
          + " <database>: N queries in S s, Q queries/s, latency p50/p99 (send to answer),"
          + " checksum C', C being the sum of all counts, then whether C equals the generator's"
          + " oracle. Upstream: 100,000 queries at 1149 QPS (asyncpg, pool 5) and 3125 QPS (sqlx,"
          + " pool 20) on a laptop.",
      "  jdbc   pgjdbc (or DuckDB JDBC) on a thread pool, one blocking connection per thread",
      "  vertx  the Vert.x reactive client, --pipelining queries in flight per connection"
          + " (PostgreSQL only)"
    })
final class PgQpsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--persons",
      paramLabel = "N",
      defaultValue = "100000",
      description = "Persons to generate and load. Default: ${DEFAULT-VALUE} (upstream's).")
  long persons = 100_000;

  @Mixin GeneratedPersons generated = new GeneratedPersons();

  @Option(
      names = "--database",
      paramLabel = "NAME",
      defaultValue = "postgres",
      description =
          "postgres, or duckdb (in-memory, in this process; jdbc client only). Default:"
              + " ${DEFAULT-VALUE}.")
  String database = "postgres";

  @Option(
      names = "--client",
      paramLabel = "NAME",
      defaultValue = "both",
      description = "jdbc, vertx or both (jdbc only on duckdb). Default: ${DEFAULT-VALUE}.")
  String client = "both";

  @Option(
      names = "--pool",
      paramLabel = "N",
      split = ",",
      defaultValue = "5",
      description =
          "Pool sizes to run, e.g. 1,2,5,20 (upstream: 5 for Python, 20 for Rust). Default:"
              + " ${DEFAULT-VALUE}.")
  List<Integer> pools = List.of(5);

  @Option(
      names = "--queries",
      paramLabel = "N",
      defaultValue = "100000",
      description = "Queries per run. Default: ${DEFAULT-VALUE} (upstream's).")
  int queries = 100_000;

  @Option(
      names = "--query-seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed of the thresholds. Default: ${DEFAULT-VALUE} (upstream's).")
  long querySeed = QuerySpec.UPSTREAM_SEED;

  @Option(
      names = "--rust-range",
      description = "Thresholds 22..64, as upstream's Rust (default 22..65, as its Python).")
  boolean rustRange;

  @Option(
      names = "--pipelining",
      paramLabel = "K",
      description =
          "Queries in flight per connection of the vertx client. Default: "
              + QueryOptions.DEFAULT_PIPELINING
              + ".")
  @Nullable Integer pipelining;

  @Mixin PgServerOptions server = new PgServerOptions();

  @Option(names = "--quiet", description = "No progress lines on standard error.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = quiet ? null : spec.commandLine().getErr();
    boolean duckDb = PgChoices.duckDb(database);
    List<QueryClient> clients = PgChoices.clients(client, duckDb);
    QuerySpec queriesSpec = querySpec();
    int inFlight = pipelining != null ? pipelining : QueryOptions.DEFAULT_PIPELINING;
    if (inFlight < 1) {
      throw new CliFailure(ExitCode.USAGE, "--pipelining must be at least 1, not " + inFlight);
    }
    for (int pool : pools) {
      if (pool < 1) {
        throw new CliFailure(ExitCode.USAGE, "--pool: every size must be at least 1, not " + pool);
      }
    }
    if (persons < 1 || persons > Integer.MAX_VALUE) {
      throw new CliFailure(
          ExitCode.USAGE, "--persons must be 1.." + Integer.MAX_VALUE + ", not " + persons);
    }
    if (duckDb && server.external()) {
      throw new CliFailure(ExitCode.USAGE, "--jdbc-url cannot be used with --database duckdb");
    }
    server.validate();
    try (PgDataFolder folder = PgDataFolder.of(null);
        PgDatabase db = duckDb ? PgDatabase.duckDb() : PgDatabase.postgres(server)) {
      PersonsOracle oracle = load(db, folder.path().resolve("persons.csv"), out, err);
      long expected = oracle.checksum(queriesSpec);
      int mismatches = 0;
      for (QueryClient each : clients) {
        for (int pool : pools) {
          QueryResult result = run(db, each, pool, inFlight, queriesSpec, err);
          out.println(result.summaryLine());
          if (result.checksum() == expected) {
            out.println("  checksum matches the oracle");
          } else {
            mismatches++;
            out.println(
                "  checksum mismatch: the oracle expects "
                    + expected
                    + ", the answers sum to "
                    + result.checksum());
          }
          out.flush();
        }
      }
      if (mismatches > 0) {
        throw new CliFailure(
            ExitCode.ORACLE_MISMATCH,
            mismatches
                + " of "
                + clients.size() * pools.size()
                + " runs on "
                + db.sink().description()
                + " returned counts that do not sum to the oracle's checksum "
                + expected);
      }
      return ExitCode.OK.code();
    }
  }

  private QuerySpec querySpec() {
    if (queries < 1) {
      throw new CliFailure(ExitCode.USAGE, "--queries must be at least 1, not " + queries);
    }
    return new QuerySpec(
        queries,
        querySeed,
        PersonsSpec.MIN_AGE,
        rustRange ? PersonsSpec.MAX_AGE - 1 : PersonsSpec.MAX_AGE);
  }

  /** Generates, loads and checks {@code persons}; prints the load's summary and the check. */
  private PersonsOracle load(PgDatabase db, Path csv, PrintWriter out, @Nullable PrintWriter err) {
    PersonsOracle oracle;
    try (CountProgress progress = new CountProgress(err, "generate persons", "rows")) {
      oracle =
          OutputFailures.generating(
              csv.getParent(),
              () -> PersonsGenerator.write(csv, generated.spec(persons), progress));
    }
    LoadStrategy strategy =
        db.sink() instanceof PostgresServer ? LoadStrategy.COPY : LoadStrategy.DUCKDB_APPENDER;
    try (CountProgress progress = new CountProgress(err, "load persons", "rows")) {
      out.println(
          TableLoader.load(
                  db.sink(),
                  strategy,
                  LoadTable.PERSONS,
                  csv,
                  LoadOptions.defaults().withProgress(progress))
              .summaryLine());
    }
    PgOracleCheck check = PgOracleCheck.of(oracle);
    check.require(db, "", out);
    out.println("table: matches the oracle (" + check.measures() + ")");
    out.flush();
    return oracle;
  }

  private static QueryResult run(
      PgDatabase db,
      QueryClient client,
      int pool,
      int pipelining,
      QuerySpec spec,
      @Nullable PrintWriter err) {
    String label = String.format(Locale.ROOT, "qps %s pool %d", PgChoices.name(client), pool);
    try (CountProgress progress = new CountProgress(err, label, "queries")) {
      QueryOptions options =
          QueryOptions.pool(pool).withPipelining(pipelining).withProgress(progress);
      return QueryThroughput.run(db.sink(), client, spec, options);
    } catch (QueryException e) {
      throw new CliFailure(ExitCode.DATA_ERROR, PgDatabase.oneLine(e.getMessage()), e);
    }
  }
}
