package dev.frameports.frame.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackendsTest {

  @Test
  @DisplayName("the system property wins over the environment variable")
  void propertyWinsOverEnvironment() {
    Map<String, String> properties = Map.of("backend", "arrow");
    Map<String, String> environment = Map.of("FRAMEPORTS_BACKEND", "duckdb");
    assertThat(Backends.chosenName(properties::get, environment::get)).contains("arrow");
    assertThat(Backends.chosenName(k -> null, environment::get)).contains("duckdb");
    assertThat(Backends.chosenName(k -> null, k -> null)).isEmpty();
    assertThat(Backends.chosenName(k -> " ", k -> null)).isEmpty();
  }

  @Test
  @DisplayName("an unknown name fails and says what is available")
  void unknownNameListsAvailable() {
    assertThatThrownBy(() -> Backends.provider(Optional.of("nope")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown backend 'nope'")
        .hasMessageContaining("available:");
  }

  @Test
  @DisplayName("with no backend on the class path and no choice, the error says how to add one")
  void noBackendExplainsItself() {
    assertThat(Backends.names()).isEmpty(); // common's own tests have no backend module
    assertThatThrownBy(() -> Backends.provider(Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("-Dbackend=NAME")
        .hasMessageContaining("backend-* module");
  }

  @Test
  @DisplayName(
      "a missing capability is an UnsupportedOperationException naming backend and capability")
  void unsupportedCapability() {
    assertThat(Capability.PARQUET_SOURCE.unsupported("tablesaw"))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("'tablesaw'")
        .hasMessageContaining("PARQUET_SOURCE");
  }
}
