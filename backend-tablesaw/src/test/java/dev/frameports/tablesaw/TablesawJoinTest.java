package dev.frameports.tablesaw;

import static dev.frameports.tablesaw.TestColumns.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.DataType;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the hash joins")
class TablesawJoinTest {
  // left rows:  0    1    2     3    4
  private final TablesawRowKeys left =
      new TablesawRowKeys(List.of(column(DataType.STRING, "a", "b", null, "", "a")));
  private final TablesawRowKeys right =
      new TablesawRowKeys(List.of(column(DataType.STRING, "a", "a", null, "", "c")));

  @Test
  @DisplayName("a semi join keeps each matching left row once, in input order")
  void semiJoin() {
    assertThat(TablesawJoin.semiJoinRows(left, 5, right, 5, false)).containsExactly(0, 3, 4);
  }

  @Test
  @DisplayName("an anti join keeps the left rows without a match, null keys included")
  void antiJoin() {
    assertThat(TablesawJoin.semiJoinRows(left, 5, right, 5, true)).containsExactly(1, 2);
  }

  @Test
  @DisplayName("null keys never match, even with several key columns")
  void nullKeysNeverMatch() {
    TablesawRowKeys twoLeft =
        new TablesawRowKeys(
            List.of(column(DataType.INT32, 1, 1, null), column(DataType.INT64, 2L, null, 2L)));
    TablesawRowKeys twoRight =
        new TablesawRowKeys(
            List.of(column(DataType.INT32, 1, 1, null), column(DataType.INT64, 2L, null, 2L)));
    assertThat(TablesawJoin.semiJoinRows(twoLeft, 3, twoRight, 3, false)).containsExactly(0);
    assertThat(TablesawJoin.semiJoinRows(twoLeft, 3, twoRight, 3, true)).containsExactly(1, 2);
  }

  @Test
  @DisplayName("inner and left joins pair rows in left order, then right order")
  void pairsRows() {
    TablesawJoin.Pairs inner = TablesawJoin.pairs(left, 5, right, 5, false);
    assertThat(inner.left()).containsExactly(0, 0, 3, 4, 4);
    assertThat(inner.right()).containsExactly(0, 1, 3, 0, 1);
    TablesawJoin.Pairs outer = TablesawJoin.pairs(left, 5, right, 5, true);
    assertThat(outer.left()).containsExactly(0, 0, 1, 2, 3, 4, 4);
    assertThat(outer.right()).containsExactly(0, 1, -1, -1, 3, 0, 1);
  }
}
