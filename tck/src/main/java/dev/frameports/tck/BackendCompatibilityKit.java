package dev.frameports.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.BackendProvider;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backend contract kit. A backend's test is one class, named {@code
 * <Backend>BackendCompatibilityTest}, that extends this kit and implements {@link #provider()}.
 *
 * <p>Every feature group is an abstract {@link BackendContract} in its own file; the
 * {@code @Nested} classes below bind each group to the backend under test. Every test gets a fresh
 * backend from {@link #provider()}, closed after the test ({@link #afterClose} can check for
 * leaks).
 */
public abstract class BackendCompatibilityKit {
  private Backend backend;

  @TempDir Path temporaryDirectory;

  /** The provider of the backend under test. */
  protected abstract BackendProvider provider();

  /** Options for every backend instance the kit creates; none by default. */
  protected Map<String, String> options() {
    return Map.of();
  }

  /** Called after each test's backend is closed; a backend may assert it released everything. */
  protected void afterClose(Backend closed) {}

  @BeforeEach
  void openBackend() {
    backend = provider().create(options());
  }

  @AfterEach
  void closeBackend() {
    backend.close();
    afterClose(backend);
  }

  /** The backend of the current test. */
  protected final Backend backend() {
    return backend;
  }

  /** A fresh temporary directory of the current test, deleted afterwards. */
  protected final Path temporaryDirectory() {
    return temporaryDirectory;
  }

  @Test
  @DisplayName("the test class is named <Backend>BackendCompatibilityTest")
  void testClassFollowsTheNamingConvention() {
    assertThat(getClass().getSimpleName()).endsWith("BackendCompatibilityTest");
  }

  @Test
  @DisplayName("the backend reports the provider's name")
  void backendReportsTheProvidersName() {
    assertThat(backend.name()).isEqualTo(provider().name());
  }

  @Nested
  @DisplayName("filter")
  class Filter extends FilterContract {
    @Override
    protected Backend backend() {
      return BackendCompatibilityKit.this.backend();
    }

    @Override
    protected Path temporaryDirectory() {
      return BackendCompatibilityKit.this.temporaryDirectory();
    }
  }

  @Nested
  @DisplayName("random plans agree with the reference evaluator")
  class Differential extends DifferentialContract {
    @Override
    protected Backend backend() {
      return BackendCompatibilityKit.this.backend();
    }

    @Override
    protected Path temporaryDirectory() {
      return BackendCompatibilityKit.this.temporaryDirectory();
    }
  }
}
