package dev.frameports.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.BackendProvider;
import dev.frameports.tck.BackendCompatibilityKit;
import org.junit.jupiter.api.DisplayName;

/** The whole contract kit on the Arrow backend, plus a leak check after every test. */
@DisplayName("arrow backend: contract kit")
class ArrowBackendCompatibilityTest extends BackendCompatibilityKit {

  @Override
  protected BackendProvider provider() {
    return new ArrowBackendProvider();
  }

  /** Every buffer is back when the backend closes (the documented writer leak aside). */
  @Override
  protected void afterClose(Backend closed) {
    ArrowBackend arrow = (ArrowBackend) closed;
    assertThat(arrow.leakedAtClose()).as("bytes still allocated at close").isZero();
  }
}
