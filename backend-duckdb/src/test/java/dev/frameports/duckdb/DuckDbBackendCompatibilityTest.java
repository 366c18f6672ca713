package dev.frameports.duckdb;

import dev.frameports.frame.spi.BackendProvider;
import dev.frameports.tck.BackendCompatibilityKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("DuckDB passes the backend contract kit")
class DuckDbBackendCompatibilityTest extends BackendCompatibilityKit {
  @Override
  protected BackendProvider provider() {
    return new DuckDbBackendProvider();
  }
}
