package dev.frameports.tablesaw;

import static dev.frameports.tablesaw.TestColumns.column;
import static dev.frameports.tablesaw.TestColumns.frame;
import static dev.frameports.tablesaw.TestColumns.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Keep;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("keyed dedup")
class TablesawDedupTest {
  // row:               0    1     2    3     4     5
  private final TablesawFrame input =
      frame(
          List.of("key", "seq"),
          column(DataType.STRING, "b", "a", "b", null, "", null),
          column(DataType.INT32, 0, 1, 2, 3, 4, 5));

  @Test
  @DisplayName("keeps the first row of each key, survivors in input order")
  void keepsFirst() {
    TablesawFrame result = TablesawDedup.unique(input, List.of("key"), Keep.FIRST);
    assertThat(values(result.column("seq"))).containsExactly(0, 1, 3, 4);
  }

  @Test
  @DisplayName("keeps the last row of each key, survivors in input order")
  void keepsLast() {
    TablesawFrame result = TablesawDedup.unique(input, List.of("key"), Keep.LAST);
    assertThat(values(result.column("seq"))).containsExactly(1, 2, 4, 5);
    assertThat(values(result.column("key"))).containsExactly("a", "b", "", null);
  }

  @Test
  @DisplayName("treats nulls as equal to each other but not to the empty string")
  void nullsAreOneKey() {
    int[] survivors =
        TablesawDedup.survivors(
            new TablesawRowKeys(List.of(input.column("key"))), input.rowCount(), Keep.FIRST);
    assertThat(survivors).containsExactly(0, 1, 3, 4);
  }

  @Test
  @DisplayName("compares every column when the subset is empty")
  void wholeRows() {
    TablesawFrame rows =
        frame(
            List.of("a", "b"),
            column(DataType.INT64, 1L, 1L, 1L, Long.MIN_VALUE, null),
            column(DataType.STRING, "x", "y", "x", null, null));
    assertThat(TablesawDedup.unique(rows, List.of(), Keep.FIRST).rowCount()).isEqualTo(4);
    assertThat(values(TablesawDedup.unique(rows, List.of(), Keep.LAST).column("b")))
        .containsExactly("y", "x", null, null);
  }
}
