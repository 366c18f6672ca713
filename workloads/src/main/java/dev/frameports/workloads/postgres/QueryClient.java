package dev.frameports.workloads.postgres;

/** How the throughput queries reach the database. */
public enum QueryClient {
  /**
   * pgjdbc (or DuckDB JDBC) on a fixed thread pool: one thread and one connection per pool slot,
   * each running its next query when the last one returned (blocking, like a JDBC service).
   */
  JDBC,
  /**
   * The Vert.x reactive PostgreSQL client: a pooled client over {@code poolSize} connections, each
   * pipelining up to {@code pipelining} queries (asynchronous, like upstream's asyncpg and sqlx).
   * PostgreSQL only.
   */
  VERTX
}
