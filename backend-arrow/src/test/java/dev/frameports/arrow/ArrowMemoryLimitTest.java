package dev.frameports.arrow;

import static dev.frameports.frame.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Keep;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SortKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Going over {@code memory_limit} is an error that names the operator, never a silent fallback to
 * unbounded memory; and the backend is still usable (and leak-free) afterwards.
 */
@DisplayName("arrow backend: the memory limit")
class ArrowMemoryLimitTest {
  private static final int ROWS = 200_000;

  /** 200K distinct int64 keys: about 1.6 MB of values, far over a 256 KiB limit once buffered. */
  private static Frame distinctKeys() {
    Frame.Builder builder =
        Frame.builder(
            Schema.of(Field.of("id", DataType.INT64), Field.of("payload", DataType.STRING)));
    for (long i = 0; i < ROWS; i++) {
      builder.addRow(ROWS - i, "row " + i);
    }
    return builder.build();
  }

  private static ArrowBackend backend() {
    return (ArrowBackend)
        new ArrowBackendProvider().create(Map.of("memory_limit", "256k", "batch_size", "1024"));
  }

  @Test
  @DisplayName("a sort that must buffer more than the limit fails and names the sort")
  void sortOverTheLimitNamesTheSort() {
    Frame input = distinctKeys();
    try (ArrowBackend backend = backend()) {
      assertThatThrownBy(() -> backend.from(input).sort(SortKey.asc("id")).collect())
          .isInstanceOf(EvaluationException.class)
          .hasMessageContaining("ArrowSort")
          .hasMessageContaining("exceeded the memory limit of 262144 bytes")
          .hasMessageContaining("memory_limit");
      assertThat(backend.from(input).filter(col("id").lt(3)).collect().height()).isEqualTo(2);
    }
  }

  @Test
  @DisplayName("an aggregate with more groups than the limit holds fails and names the aggregate")
  void aggregateOverTheLimitNamesTheAggregate() {
    Frame input = distinctKeys();
    try (ArrowBackend backend = backend()) {
      assertThatThrownBy(
              () -> backend.from(input).groupBy("id").agg(col("payload").first()).collect())
          .isInstanceOf(EvaluationException.class)
          .hasMessageContaining("ArrowHashAggregate")
          .hasMessageContaining("exceeded the memory limit");
    }
  }

  @Test
  @DisplayName("a backend that hit the limit still closes with every buffer returned")
  void closesCleanlyAfterHittingTheLimit() {
    ArrowBackend backend = backend();
    assertThatThrownBy(
            () -> backend.from(distinctKeys()).unique(List.of("id"), Keep.FIRST).collect())
        .hasMessageContaining("ArrowUnique");
    backend.close();
    assertThat(backend.leakedAtClose()).isZero();
  }
}
