package dev.frameports.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Canonical answers")
class CanonicalTest {
  private static final LocalDateTime T = LocalDateTime.of(2025, 11, 30, 12, 0);

  @Test
  @DisplayName("treat the oracle's Long and the port's FLOAT64 of one number as equal")
  void longAndDoubleOfOneNumberAreEqual() {
    Answer oracle = Canonical.table(List.of(Arrays.asList("a", 81920L, T)), 3, true);
    Answer port = Canonical.table(List.of(Arrays.asList("a", 81920.0, T)), 3, true);

    assertThat(port.differenceFrom(oracle, List.of("x", "y", "z"))).isNull();
  }

  @Test
  @DisplayName("tell null from the empty string and name the column that differs")
  void nullIsNotEmptyAndTheColumnIsNamed() {
    Answer oracle = Canonical.table(List.of(Arrays.asList("a", null)), 2, true);
    Answer port = Canonical.table(List.of(Arrays.asList("a", "")), 2, true);

    assertThat(port.differenceFrom(oracle, List.of("Name", "PrioritizedProjects")))
        .isEqualTo("same 1 rows, values differ in [PrioritizedProjects]");
  }

  @Test
  @DisplayName("compare unordered results as multisets but ordered ones row by row")
  void orderMattersOnlyForOrderedResults() {
    List<List<Object>> ab = List.of(List.of("a", 1L), List.of("b", 2L));
    List<List<Object>> ba = List.of(List.of("b", 2L), List.of("a", 1L));

    assertThat(
            Canonical.table(ba, 2, false).differenceFrom(Canonical.table(ab, 2, false), List.of()))
        .isNull();
    assertThat(Canonical.table(ba, 2, true).differenceFrom(Canonical.table(ab, 2, true), List.of()))
        .isNotNull();
  }

  @Test
  @DisplayName("report a different row count first")
  void rowCountIsReportedFirst() {
    Answer one = Canonical.table(List.of(List.of("a")), 1, true);
    Answer two = Canonical.table(List.of(List.of("a"), List.of("b")), 1, true);

    assertThat(two.differenceFrom(one, List.of("Name"))).isEqualTo("2 rows, the oracle has 1");
  }

  @Test
  @DisplayName("walk records and maps whatever the map's iteration order")
  void modelsIgnoreMapOrder() {
    record Stats(String name, java.util.Map<String, Double> values) {}
    var first = new java.util.LinkedHashMap<String, Double>();
    first.put("x", 1.0);
    first.put("y", 0.1 + 0.2);
    var second = new java.util.LinkedHashMap<String, Double>();
    second.put("y", 0.3);
    second.put("x", 1.0);

    assertThat(
            Canonical.model(new Stats("s", first))
                .differenceFrom(Canonical.model(new Stats("s", second)), List.of("report")))
        .isNull();
    assertThat(
            Canonical.model(new Stats("s", first))
                .differenceFrom(Canonical.model(new Stats("t", second)), List.of("report")))
        .isNotNull();
  }
}
