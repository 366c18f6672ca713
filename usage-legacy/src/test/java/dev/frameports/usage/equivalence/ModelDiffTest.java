package dev.frameports.usage.equivalence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.usage.GpuClass;
import dev.frameports.usage.UsageStats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the comparison rules of the equivalence suite")
class ModelDiffTest {
  private static final Set<String> NONE = Set.of();

  @Test
  @DisplayName("doubles agree within the relative tolerance and differ beyond it")
  void tolerance() {
    UsageStats a = new UsageStats(1.5, 1e5, 41.666666666666664, 2);
    assertThat(ModelDiff.of(a, new UsageStats(1.5 + 1e-12, 1e5 + 1e-6, 125.0 / 3, 2), NONE))
        .isEmpty();
    assertThat(ModelDiff.of(a, new UsageStats(1.5 + 1e-8, 1e5, 125.0 / 3, 2), NONE))
        .containsExactly(".avgClaimed: legacy 1.5, port 1.50000001");
    assertThat(ModelDiff.of(a, new UsageStats(1.5, 1e5, 125.0 / 3, 3), NONE))
        .containsExactly(".numIntervals: legacy 2, port 3");
  }

  @Test
  @DisplayName("maps compare by key set whatever their order, lists as multisets")
  void collections() {
    Map<GpuClass, Integer> ab = new LinkedHashMap<>();
    ab.put(GpuClass.SHARED, 1);
    ab.put(GpuClass.PRIORITY, 2);
    Map<GpuClass, Integer> ba = new LinkedHashMap<>();
    ba.put(GpuClass.PRIORITY, 2);
    ba.put(GpuClass.SHARED, 1);
    assertThat(ModelDiff.of(ab, ba, NONE)).isEmpty();
    assertThat(ModelDiff.of(ab, Map.of(GpuClass.SHARED, 1), NONE))
        .containsExactly(": keys only in legacy [PRIORITY], keys only in port []");
    assertThat(ModelDiff.of(List.of("b", "a", "a"), List.of("a", "b", "a"), NONE)).isEmpty();
    assertThat(ModelDiff.of(List.of("b", "a", "a"), List.of("a", "b", "b"), NONE)).isNotEmpty();
    assertThat(ModelDiff.of(List.of("a"), List.of("a", "a"), NONE))
        .containsExactly(": legacy has 1 elements, port has 2");
  }

  @Test
  @DisplayName("null against a value differs; ignored record components are skipped")
  void nullsAndIgnoredFields() {
    assertThat(ModelDiff.of(null, 1, NONE)).containsExactly(": legacy null, port 1");
    UsageStats a = new UsageStats(1, 2, 3, 4);
    UsageStats b = new UsageStats(9, 2, 3, 4);
    assertThat(ModelDiff.of(a, b, Set.of("avgClaimed"))).isEmpty();
  }

  @Test
  @DisplayName("failures compare by message, across the two exception classes")
  void failures() {
    Outcome legacy =
        Outcome.of(
            () -> {
              throw new dev.frameports.usage.legacy.LegacyNoDataException("No data");
            });
    Outcome port =
        Outcome.of(
            () -> {
              throw new dev.frameports.usage.stats.NoDataException();
            });
    assertThat(legacy.failure()).isEqualTo("NoDataException: No data");
    assertThat(ModelDiff.of(legacy, port, NONE)).hasSize(1);
  }
}
