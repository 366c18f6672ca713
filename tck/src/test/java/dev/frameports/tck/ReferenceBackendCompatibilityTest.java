package dev.frameports.tck;

import dev.frameports.frame.spi.BackendProvider;
import dev.frameports.tck.reference.ReferenceBackendProvider;
import org.junit.jupiter.api.DisplayName;

/** The whole contract kit run against the reference evaluator, which must pass all of it. */
@DisplayName("the reference evaluator passes the contract kit")
class ReferenceBackendCompatibilityTest extends BackendCompatibilityKit {
  @Override
  protected BackendProvider provider() {
    return new ReferenceBackendProvider();
  }
}
