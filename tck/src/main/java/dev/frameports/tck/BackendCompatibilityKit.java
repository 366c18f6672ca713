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
 *
 * <p>This file is longer than the house target because it holds one thirteen-line binding per group
 * and nothing else; the groups themselves live in their own files.
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
  @DisplayName("select, withColumns and withRowIndex")
  class Select extends SelectContract {
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
  @DisplayName("arithmetic")
  class Arithmetic extends ArithmeticContract {
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
  @DisplayName("comparisons")
  class Comparison extends ComparisonContract {
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
  @DisplayName("boolean logic, isNull and isIn")
  class Logic extends LogicContract {
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
  @DisplayName("string predicates")
  class StringMatch extends StringMatchContract {
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
  @DisplayName("when / then / otherwise")
  class When extends WhenContract {
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
  @DisplayName("casts")
  class Cast extends CastContract {
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
  @DisplayName("casts from text")
  class CastFromString extends CastFromStringContract {
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
  @DisplayName("timestamp truncation")
  class Truncate extends TruncateContract {
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
  @DisplayName("null semantics")
  class NullSemantics extends NullSemanticsContract {
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
  @DisplayName("groupBy / agg")
  class Aggregate extends AggregateContract {
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
  @DisplayName("sort")
  class Sort extends SortContract {
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
  @DisplayName("unique")
  class Unique extends UniqueContract {
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
  @DisplayName("join")
  class Join extends JoinContract {
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
  @DisplayName("concat")
  class Concat extends ConcatContract {
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
  @DisplayName("limit")
  class Limit extends LimitContract {
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
  @DisplayName("empty input")
  class EmptyInput extends EmptyInputContract {
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
  @DisplayName("type edge cases")
  class TypeEdgeCase extends TypeEdgeCaseContract {
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
  @DisplayName("in-memory sources")
  class MemorySource extends MemorySourceContract {
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
  @DisplayName("SQLite sources")
  class SqliteSource extends SqliteSourceContract {
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
  @DisplayName("CSV sources")
  class CsvSource extends CsvSourceContract {
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
  @DisplayName("CSV sinks")
  class CsvSink extends CsvSinkContract {
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
  @DisplayName("Parquet sources and sinks")
  class Parquet extends ParquetContract {
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
  @DisplayName("errors")
  class Errors extends ErrorContract {
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
  @DisplayName("explain and schema")
  class ExplainAndSchema extends ExplainAndSchemaContract {
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
