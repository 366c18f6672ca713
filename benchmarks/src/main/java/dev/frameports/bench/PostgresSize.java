package dev.frameports.bench;

import dev.frameports.workloads.postgres.DiabetesSize;
import dev.frameports.workloads.postgres.LoadStrategy;
import dev.frameports.workloads.postgres.QueryClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the PostgreSQL suite measures at one size. {@code bench} is the original scale: 100K
 * persons loaded every way; 1M diabetes rows by the batched strategies and 10k/100k row by row;
 * 100K queries at upstream's pools (5: Python, 20: Rust) through both clients, and a sweep of pools
 * 1, 2, 5, 20 at fewer queries (each query scans the table: about 100 queries/s per core here, so
 * 100K queries take minutes). {@code tiny} is the CI smoke run.
 *
 * @param name tiny or bench
 * @param persons rows of the persons table (loads and queries)
 * @param loads the load measurements, in order
 * @param queries the query measurements, in order
 */
record PostgresSize(String name, int persons, List<LoadCase> loads, List<QueryCase> queries) {

  /** One load: a table of {@code rows} rows (persons) or a diabetes prefix, one strategy. */
  record LoadCase(String table, DiabetesSize diabetes, LoadStrategy strategy, int workers) {
    /** The measurement's name, e.g. {@code persons/COPY} or {@code diabetes-1M/ROW_PARALLEL-4}. */
    String key() {
      String input = table.equals("persons") ? "persons" : "diabetes-" + diabetesLabel();
      boolean parallel =
          strategy == LoadStrategy.ROW_PARALLEL || strategy == LoadStrategy.ROW_PARALLEL_SHARED;
      return input + "/" + strategy + (parallel ? "-" + workers : "");
    }

    String diabetesLabel() {
      return diabetes.label();
    }
  }

  /** One throughput measurement: client, database, pool, number of queries, trials. */
  record QueryCase(QueryClient client, String database, int pool, int queries, int trials) {
    /** The measurement's name, e.g. {@code queries-100000/vertx/postgres/pool-5}. */
    String key() {
      return "queries-"
          + queries
          + "/"
          + client.name().toLowerCase(Locale.ROOT)
          + "/"
          + database
          + "/pool-"
          + pool;
    }
  }

  static PostgresSize of(String name, int trials) {
    switch (name) {
      case "tiny":
        return new PostgresSize(
            "tiny",
            1_000,
            List.of(
                persons(LoadStrategy.ROW, 1),
                persons(LoadStrategy.ROW_PARALLEL, 2),
                persons(LoadStrategy.BATCH, 1),
                persons(LoadStrategy.COPY, 1),
                persons(LoadStrategy.DUCKDB_APPENDER, 1),
                diabetes(DiabetesSize.TEN_K, LoadStrategy.COPY, 1)),
            List.of(
                new QueryCase(QueryClient.JDBC, "postgres", 2, 1_000, trials),
                new QueryCase(QueryClient.VERTX, "postgres", 2, 1_000, trials),
                new QueryCase(QueryClient.JDBC, "duckdb", 1, 1_000, trials)));
      case "bench":
        return new PostgresSize("bench", 100_000, benchLoads(), benchQueries(trials));
      default:
        throw new IllegalArgumentException("unknown size " + name + "; use tiny or bench");
    }
  }

  private static List<LoadCase> benchLoads() {
    List<LoadCase> loads = new ArrayList<>();
    loads.add(persons(LoadStrategy.ROW, 1));
    loads.add(persons(LoadStrategy.ROW_PARALLEL, 5)); // asyncpg's pool
    loads.add(persons(LoadStrategy.ROW_PARALLEL, 20)); // sqlx's pool
    loads.add(persons(LoadStrategy.BATCH, 1));
    loads.add(persons(LoadStrategy.COPY, 1));
    loads.add(persons(LoadStrategy.DUCKDB_APPENDER, 1));
    for (LoadStrategy batched :
        List.of(LoadStrategy.BATCH, LoadStrategy.COPY, LoadStrategy.DUCKDB_APPENDER)) {
      loads.add(diabetes(DiabetesSize.ONE_M, batched, 1));
    }
    for (DiabetesSize size : List.of(DiabetesSize.TEN_K, DiabetesSize.HUNDRED_K)) {
      loads.add(diabetes(size, LoadStrategy.ROW, 1));
      loads.add(diabetes(size, LoadStrategy.ROW_PARALLEL, 4));
      loads.add(diabetes(size, LoadStrategy.ROW_PARALLEL_SHARED, 4));
    }
    return loads;
  }

  private static List<QueryCase> benchQueries(int trials) {
    List<QueryCase> queries = new ArrayList<>();
    // the in-process analogue first: seconds, and a reference for what a round trip costs
    queries.add(new QueryCase(QueryClient.JDBC, "duckdb", 1, 100_000, trials));
    queries.add(new QueryCase(QueryClient.JDBC, "duckdb", 2, 100_000, trials));
    for (QueryClient client : QueryClient.values()) {
      for (int pool : List.of(1, 2, 5, 20)) {
        queries.add(new QueryCase(client, "postgres", pool, 5_000, trials));
      }
    }
    // upstream's scale, once each: 100K queries at about 200 queries/s take 8 minutes (pool 1,
    // at half that rate, is left to the sweep)
    for (QueryClient client : QueryClient.values()) {
      for (int pool : List.of(2, 5, 20)) {
        queries.add(new QueryCase(client, "postgres", pool, 100_000, 1));
      }
    }
    return queries;
  }

  private static LoadCase persons(LoadStrategy strategy, int workers) {
    return new LoadCase("persons", DiabetesSize.TEN_K, strategy, workers);
  }

  private static LoadCase diabetes(DiabetesSize size, LoadStrategy strategy, int workers) {
    return new LoadCase("diabetes", size, strategy, workers);
  }
}
