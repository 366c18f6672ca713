package dev.frameports.tablesaw;

import static dev.frameports.frame.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SortKey;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the Tablesaw backend provider")
class TablesawBackendProviderTest {

  @Test
  @DisplayName("is found by the service loader under the name tablesaw")
  void isRegistered() {
    assertThat(Backends.names()).contains("tablesaw");
    try (Backend backend = Backends.load("tablesaw")) {
      assertThat(backend.name()).isEqualTo("tablesaw");
      assertThat(backend.capabilities()).isEmpty();
    }
    assertThat(new TablesawBackendProvider().description()).contains("eager", "heap");
  }

  @Test
  @DisplayName("rejects any option, saying there are none")
  void rejectsOptions() {
    assertThatThrownBy(() -> new TablesawBackendProvider().create(Map.of("memory_limit", "1GB")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("memory_limit")
        .hasMessageContaining("known options: none");
  }

  @Test
  @DisplayName("explains each eager step, indented under its parent, without running it")
  void explainsSteps() {
    Schema schema = Schema.of(Field.of("n", DataType.INT64));
    try (Backend backend = new TablesawBackendProvider().create(Map.of())) {
      String text =
          backend
              .from(Frame.ofRows(schema, List.of(List.of(1L), List.of(2L))))
              .filter(col("n").gt(1L))
              .sort(SortKey.desc("n"))
              .explain();
      assertThat(text.lines().toList())
          .startsWith("tablesaw eager plan: every step materialises a Tablesaw table in heap")
          .anyMatch(line -> line.startsWith("  SORT "))
          .anyMatch(line -> line.startsWith("    FILTER "))
          .anyMatch(line -> line.startsWith("      SCAN memory 2 rows"))
          .anyMatch(line -> line.contains("stable index sort"));
    }
  }

  @Test
  @DisplayName("refuses to run plans once closed")
  void refusesAfterClose() {
    Backend backend = new TablesawBackendProvider().create(Map.of());
    backend.close();
    backend.close();
    Schema schema = Schema.of(Field.of("n", DataType.INT64));
    assertThatThrownBy(() -> backend.from(Frame.empty(schema)).collect())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
