package dev.frameports.workloads.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TransactionSpec")
class TransactionSpecTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  @Test
  @DisplayName("gives every file rows/files rows and the remainder to the last")
  void splitsRowsOverFiles() {
    TransactionSpec spec = new TransactionSpec(10, 3, 1, START, 31, 100);
    assertThat(spec.rowsOfFile(0)).isEqualTo(3);
    assertThat(spec.rowsOfFile(1)).isEqualTo(3);
    assertThat(spec.rowsOfFile(2)).isEqualTo(4);
    assertThatThrownBy(() -> spec.rowsOfFile(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  @DisplayName("offers the tiny, small and bench sizes of the brief")
  void namedSizes() {
    TransactionSpec tiny = TransactionSpec.of(TransactionSize.TINY, 7);
    assertThat(tiny.rows()).isEqualTo(100_000);
    assertThat(tiny.days()).isEqualTo(31);
    assertThat(tiny.files()).isEqualTo(4);
    assertThat(tiny.seed()).isEqualTo(7);
    assertThat(tiny.startDate()).isEqualTo(START);
    assertThat(TransactionSpec.of(TransactionSize.SMALL, 1))
        .extracting(TransactionSpec::rows, TransactionSpec::days, TransactionSpec::files)
        .containsExactly(10_000_000L, 365, 16);
    assertThat(TransactionSpec.of(TransactionSize.BENCH, 1))
        .extracting(TransactionSpec::rows, TransactionSpec::days, TransactionSpec::files)
        .containsExactly(100_000_000L, 365, 64);
    assertThat(TransactionSpec.of(TransactionSize.BENCH, 1).endDate())
        .isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  @DisplayName("rejects out-of-range parameters with a message naming the parameter and value")
  void validates() {
    assertThatThrownBy(() -> new TransactionSpec(0, 1, 1, START, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows must be at least 1, got 0");
    assertThatThrownBy(() -> new TransactionSpec(10, 0, 1, START, 1, 1))
        .hasMessage("files must be between 1 and 9999, got 0");
    assertThatThrownBy(() -> new TransactionSpec(10, 11, 1, START, 1, 1))
        .hasMessageContaining("files (11) must not exceed rows (10)");
    assertThatThrownBy(() -> new TransactionSpec(10, 1, 1, START, 0, 1))
        .hasMessage("days must be between 1 and 36500, got 0");
    assertThatThrownBy(() -> new TransactionSpec(10, 1, 1, START, 1, 0))
        .hasMessage("customers must be at least 1, got 0");
    assertThatThrownBy(() -> new TransactionSpec(5_000_000_000L, 1, 1, START, 1, 1))
        .hasMessageContaining("rows per file");
  }
}
