package dev.frameports.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.usage.generate.GeneratorPreset;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Operations and depths")
class OperationTest {
  private static BenchDataSet dataSet(GeneratorPreset preset) {
    LocalDateTime t = LocalDateTime.of(2025, 12, 1, 0, 0);
    return new BenchDataSet(preset, 1, Path.of("x"), List.of(Path.of("x.db")), 1, 1, t, t);
  }

  @Test
  @DisplayName("name the report by its window: 24 hours, 7 days, 30 days")
  void reportNames() {
    assertThat(Operation.REPORT.resultName(dataSet(GeneratorPreset.DAY))).isEqualTo("report24h");
    assertThat(Operation.REPORT.resultName(dataSet(GeneratorPreset.WEEK))).isEqualTo("report7d");
    assertThat(Operation.REPORT.resultName(dataSet(GeneratorPreset.MONTH))).isEqualTo("report30d");
    assertThat(Operation.SORT2.resultName(dataSet(GeneratorPreset.MONTH))).isEqualTo("sort2");
  }

  @Test
  @DisplayName("find the operation of a JMH benchmark name")
  void ofBenchmarkMethod() {
    assertThat(Operation.ofMethod("dev.frameports.bench.OperationBenchmarks.groupDateDistinct"))
        .isEqualTo(Operation.GROUP_DATE_DISTINCT);
    assertThatThrownBy(() -> Operation.ofMethod("x.nothing"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("let --max-heap replace the depth's heap and refuse a size without unit")
  void maxHeap() {
    assertThat(Depth.of("full").withMaxHeap("12g").maxHeapMb()).isEqualTo(12 * 1024);
    assertThat(Depth.of("quick").maxHeapMb()).isEqualTo(4096);
    assertThatThrownBy(() -> Depth.of("quick").withMaxHeap("12"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
