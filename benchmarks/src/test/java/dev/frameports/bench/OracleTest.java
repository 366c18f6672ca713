package dev.frameports.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.usage.generate.GeneratorPreset;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The oracle check")
class OracleTest {
  private static final LocalDateTime T = LocalDateTime.of(2025, 12, 2, 15, 0);
  private static final Answer RIGHT = Canonical.table(List.of(List.of("a"), List.of("b")), 1, true);
  private static final Answer WRONG = Canonical.table(List.of(List.of("a")), 1, true);

  @TempDir Path dir;

  private BenchDataSet data() {
    return new BenchDataSet(
        GeneratorPreset.TINY, 1, dir, List.of(dir.resolve("gpu_state_2025-12.db")), 2, 0, T, T);
  }

  @Test
  @DisplayName("stores the legacy answer and then fails a backend that answers differently")
  void failsAWrongAnswerAfterLegacyStoredTheRightOne() {
    assertThat(Oracle.check("legacy", data(), Operation.NOT_NULL, RIGHT, List.of("x"), () -> RIGHT))
        .isTrue();

    assertThatThrownBy(
            () ->
                Oracle.check(
                    "duckdb", data(), Operation.NOT_NULL, WRONG, List.of("x"), () -> RIGHT))
        .isInstanceOf(OracleMismatchException.class)
        .hasMessage("oracle mismatch: duckdb notNull on tiny: 1 rows, the oracle has 2");
    assertThat(Oracle.check("arrow", data(), Operation.NOT_NULL, RIGHT, List.of("x"), () -> WRONG))
        .as("the cached answer wins over recomputing")
        .isTrue();
  }

  @Test
  @DisplayName("computes the legacy answer in process when none is cached")
  void computesTheMissingAnswer() {
    assertThatThrownBy(
            () ->
                Oracle.check("tablesaw", data(), Operation.SORT2, WRONG, List.of("x"), () -> RIGHT))
        .isInstanceOf(OracleMismatchException.class);
  }

  @Test
  @DisplayName("reports a measurement as unchecked, with the reason, when the oracle cannot run")
  void unavailableOracleIsRecorded() {
    boolean checked =
        Oracle.check(
            "arrow",
            data(),
            Operation.DEDUP,
            RIGHT,
            List.of("x"),
            () -> {
              throw new OutOfMemoryError("Java heap space");
            });

    assertThat(checked).isFalse();
    assertThat(Oracle.unavailableReason(data(), "dedup"))
        .hasValue("OutOfMemoryError: Java heap space");
  }
}
