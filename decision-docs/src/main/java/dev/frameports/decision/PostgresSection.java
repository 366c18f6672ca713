package dev.frameports.decision;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The document's section on the PostgreSQL workloads (seed 001's row-by-row loader, seed 002's
 * loader and query throughput), from the PostgreSQL suite's results file. Like the ETL section it
 * informs, it does not enter D1–D4. Pure: text in, text out.
 */
final class PostgresSection {
  /** Pooled throughputs within this ratio of each other count as one plateau. */
  private static final double FLAT_SPREAD = 1.3;

  private final PostgresRun run;
  private final String resultsLabel;
  private final List<ChartFile> charts;

  PostgresSection(PostgresRun run, String resultsLabel, List<ChartFile> charts) {
    this.run = run;
    this.resultsLabel = resultsLabel;
    this.charts = List.copyOf(charts);
  }

  String render() {
    StringBuilder out =
        new StringBuilder("## Other workloads: PostgreSQL loading and query throughput\n\n");
    Environment env = run.environment();
    Map<String, String> server = run.server();
    out.append("Measured by `benchmarks/run.sh postgres` (`")
        .append(resultsLabel)
        .append("`, size `")
        .append(run.size())
        .append("`, commit `")
        .append(BenchmarkResults.orDash(env.gitCommit()))
        .append(env.gitDirty() ? " (dirty)" : "")
        .append("`, ")
        .append(BenchmarkResults.orDash(env.jdkVendor()))
        .append(' ')
        .append(BenchmarkResults.orDash(env.jdkVersion()))
        .append(", ")
        .append(env.cores())
        .append(" cores")
        .append(run.complete() ? "" : "; **the run stopped early: some rows are missing**")
        .append("). Server: ")
        .append(shortVersion(server.getOrDefault("version", "unknown")))
        .append(", embedded (zonky) on the same machine as the client, loopback; ")
        .append("fsync `")
        .append(server.getOrDefault("fsync", "?"))
        .append("`, synchronous_commit `")
        .append(server.getOrDefault("synchronous_commit", "?"))
        .append("`, shared_buffers `")
        .append(server.getOrDefault("shared_buffers", "?"))
        .append("`, max_parallel_workers_per_gather `")
        .append(server.getOrDefault("max_parallel_workers_per_gather", "?"))
        .append("`. ");
    if ("off".equals(server.get("fsync"))) {
      out.append(
          "With fsync off a commit does not wait for the disk, so the commit-per-row loads are"
              + " faster here than against a durable server. ");
    }
    out.append(
        "Every trial was checked: each loaded table against the generator's oracle (row count,"
            + " column sums, distinct rows or the age histogram), each query run's sum of"
            + " counts against the oracle's checksum.\n\n");
    out.append(loads()).append(queries());
    for (ChartFile chart : charts) {
      out.append("![").append(chart.caption()).append("](").append(chart.relativePath());
      out.append(")\n\n");
    }
    return out.toString();
  }

  private String loads() {
    if (run.loads().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("### Loading (seeds 001 and 002)\n\n");
    out.append("| input | strategy | workers | into | rows | median s (min) | rows/s | oracle |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (PostgresRun.Load load : run.loads()) {
      String input = load.key().substring(0, load.key().indexOf('/'));
      out.append("| ").append(input).append(" | ").append(load.strategy());
      out.append(" | ").append(load.workers()).append(" | ").append(sinkName(load.sink()));
      if (load.failure() != null || load.medianSeconds() == null) {
        out.append(" | – | failed: ")
            .append(String.valueOf(load.failure()).replace('|', '/'))
            .append(" | – | ")
            .append(load.oracleMatches() ? "equal" : "differs")
            .append(" |\n");
        continue;
      }
      out.append(
          String.format(
              Locale.ROOT,
              " | %,d | %.2f (%.2f) | %,.0f | equal |%n",
              load.rows(),
              load.medianSeconds(),
              load.minSeconds(),
              load.rowsPerSecond()));
    }
    out.append('\n');
    out.append(
        "Upstream, for scale (seed-workloads.md; M3 MacBook Pro, PostgreSQL in Docker, whole"
            + " scripts timed): 100K persons took 12.6 s with asyncpg over a pool of 5 and 7.1 s"
            + " with sqlx over a pool of 20, one INSERT per row; the rows to compare are"
            + " persons ROW_PARALLEL with 5 and 20 workers. ");
    Optional<PostgresRun.Load> row = find("persons/ROW");
    Optional<PostgresRun.Load> copy = find("persons/COPY");
    if (row.isPresent() && copy.isPresent()) {
      out.append(
          String.format(
              Locale.ROOT,
              "Here COPY loads the same %,d-row persons file %.0f× faster than one INSERT and one"
                  + " commit per row.",
              copy.get().rows(),
              row.get().medianSeconds() / copy.get().medianSeconds()));
    }
    return out.append("\n\n").toString();
  }

  private String queries() {
    if (run.queries().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("### Query throughput (seed 002)\n\n");
    out.append(
        "`SELECT COUNT(*) AS count FROM persons WHERE age > $1` with seeded thresholds 22..65"
            + " (no index: every query scans the table). `jdbc`: pgjdbc on a fixed thread pool,"
            + " one connection per thread; `vertx`: the Vert.x reactive client, pipelining up to"
            + " the given depth on each pooled connection; `duckdb`: the same query through"
            + " DuckDB's JDBC driver in process, a loose analogue. Latency is from sent to"
            + " answered (for Vert.x it includes the wait in the pipeline).\n\n");
    out.append("| queries | client | database | pool | pipelining | trials | median queries/s |")
        .append(" p50 ms | p99 ms | checksum |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (PostgresRun.Queries q : run.queries()) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d | %s | %s | %d | %s | %d | ",
              q.queries(),
              q.client(),
              q.database(),
              q.pool(),
              q.client().equals("vertx") ? Integer.toString(q.pipelining()) : "–",
              q.seconds().size()));
      if (q.failure() != null || q.medianQueriesPerSecond() == null) {
        out.append("failed: ").append(String.valueOf(q.failure()).replace('|', '/'));
        out.append(" | – | – | ").append(q.checksumMatches() ? "equal" : "differs").append(" |\n");
        continue;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%,.0f | %.2f | %.2f | equal |%n",
              q.medianQueriesPerSecond(),
              median(q.p50Millis()),
              median(q.p99Millis())));
    }
    out.append('\n');
    out.append(
        "Upstream, for scale: 100K queries ran at 1,149 queries/s (asyncpg, pool 5) and 3,125"
            + " queries/s (sqlx, pool 20) on an M3 MacBook Pro. ");
    out.append(poolShape());
    best("duckdb")
        .ifPresent(
            b ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "DuckDB in process answered the same query at %,.0f queries/s (pool %d).",
                        b.medianQueriesPerSecond(),
                        b.pool())));
    return out.append("\n\n").toString();
  }

  /**
   * What the PostgreSQL rows say about pool sizes: the range of median queries/s with one
   * connection and with more, across clients and query counts.
   */
  private String poolShape() {
    List<PostgresRun.Queries> ok =
        run.queries().stream()
            .filter(q -> q.database().equals("postgres") && q.failure() == null)
            .filter(q -> q.medianQueriesPerSecond() != null)
            .toList();
    List<Double> single =
        ok.stream()
            .filter(q -> q.pool() == 1)
            .map(PostgresRun.Queries::medianQueriesPerSecond)
            .toList();
    List<Double> pooled =
        ok.stream()
            .filter(q -> q.pool() > 1)
            .map(PostgresRun.Queries::medianQueriesPerSecond)
            .toList();
    if (single.isEmpty() || pooled.isEmpty()) {
      return "";
    }
    String measured =
        String.format(
            Locale.ROOT,
            "Here one connection ran at %s queries/s (%.1f ms a query, one at a time) and every"
                + " pool of 2 or more at %s queries/s",
            range(single),
            1000 / single.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
            range(pooled));
    double spread =
        pooled.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
            / pooled.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    if (spread > FLAT_SPREAD) {
      return measured + ". ";
    }
    // only said when the numbers show it: every pooled configuration within FLAT_SPREAD
    return measured
        + String.format(
            Locale.ROOT,
            ", whatever the client: the server and the client share %d cores, so past about one"
                + " connection per core a larger pool or deeper pipelining adds waiting (see p50),"
                + " not throughput. ",
            run.environment().cores());
  }

  private static String range(List<Double> values) {
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    return Math.round(min) == Math.round(max)
        ? String.format(Locale.ROOT, "%,.0f", min)
        : String.format(Locale.ROOT, "%,.0f–%,.0f", min, max);
  }

  private Optional<PostgresRun.Load> find(String key) {
    return run.loads().stream()
        .filter(l -> l.key().equals(key) && l.failure() == null && l.medianSeconds() != null)
        .findFirst();
  }

  private Optional<PostgresRun.Queries> best(String database) {
    return run.queries().stream()
        .filter(q -> q.database().equals(database) && q.failure() == null)
        .filter(q -> q.medianQueriesPerSecond() != null)
        .max(Comparator.comparingDouble(PostgresRun.Queries::medianQueriesPerSecond));
  }

  private static String sinkName(String sink) {
    return sink.contains("DuckDB") ? "DuckDB" : "PostgreSQL";
  }

  /** "PostgreSQL 18.6 on x86_64-pc-linux-gnu, compiled by ..." -> "PostgreSQL 18.6". */
  private static String shortVersion(String version) {
    int on = version.indexOf(" on ");
    return on < 0 ? version : version.substring(0, on);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
