package dev.frameports.duckdb;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.BackendProvider;
import java.util.Map;

/**
 * The {@code duckdb} backend: every plan becomes one SQL statement run by an in-process DuckDB over
 * JDBC. Options: {@code memory_limit} (e.g. {@code 1GB}), {@code threads}, {@code temp_directory}
 * (where DuckDB spills; by default a fresh folder deleted on close), {@code
 * preserve_insertion_order} ({@code true}, DuckDB's default, or {@code false}: DuckDB may then
 * reorder the rows of plans without a final sort, which breaks the row-order promise of {@link
 * dev.frameports.frame.plan.Plan} for them but lets large scans and aggregations use less memory;
 * set it only for plans whose order does not matter or that end in a sort).
 */
public final class DuckDbBackendProvider implements BackendProvider {
  /** The name users select with {@code -Dbackend=duckdb}. */
  public static final String NAME = "duckdb";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "DuckDB, in process: each plan compiled to one SQL statement, run over JDBC";
  }

  @Override
  public Backend create(Map<String, String> options) {
    return new DuckDbBackend(DuckDbOptions.parse(options));
  }
}
