package dev.frameports.tablesaw;

import dev.frameports.frame.spi.BackendProvider;
import dev.frameports.tck.BackendCompatibilityKit;

/** Runs the whole backend contract kit on the eager Tablesaw backend. */
class TablesawBackendCompatibilityTest extends BackendCompatibilityKit {
  @Override
  protected BackendProvider provider() {
    return new TablesawBackendProvider();
  }
}
