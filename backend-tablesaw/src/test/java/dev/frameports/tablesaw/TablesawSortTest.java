package dev.frameports.tablesaw;

import static dev.frameports.tablesaw.TestColumns.column;
import static dev.frameports.tablesaw.TestColumns.frame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.DataType;
import dev.frameports.frame.SortKey;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the stable index sort")
class TablesawSortTest {

  @Test
  @DisplayName("keeps equal rows in input order")
  void isStable() {
    TablesawFrame input = frame(List.of("k"), column(DataType.INT32, 2, 1, 2, 1, 2));
    assertThat(TablesawSort.sortedRows(input, List.of(SortKey.asc("k"))))
        .containsExactly(1, 3, 0, 2, 4);
    assertThat(TablesawSort.sortedRows(input, List.of(SortKey.desc("k"))))
        .containsExactly(0, 2, 4, 1, 3);
  }

  @Test
  @DisplayName("puts nulls last or first per key, whatever the direction")
  void placesNullsPerKey() {
    TablesawFrame input =
        frame(List.of("k"), column(DataType.INT32, 3, null, Integer.MIN_VALUE, null, 5));
    assertThat(TablesawSort.sortedRows(input, List.of(SortKey.asc("k"))))
        .containsExactly(2, 0, 4, 1, 3);
    assertThat(TablesawSort.sortedRows(input, List.of(SortKey.asc("k").nullsFirst())))
        .containsExactly(1, 3, 2, 0, 4);
    assertThat(TablesawSort.sortedRows(input, List.of(SortKey.desc("k"))))
        .containsExactly(4, 0, 2, 1, 3);
    assertThat(TablesawSort.sortedRows(input, List.of(SortKey.desc("k").nullsFirst())))
        .containsExactly(1, 3, 4, 0, 2);
  }

  @Test
  @DisplayName("breaks ties with the next key, each key with its own direction")
  void sortsBySeveralKeys() {
    TablesawFrame input =
        frame(
            List.of("a", "b"),
            column(DataType.STRING, "x", "y", "x", "y", null),
            column(DataType.FLOAT64, 1.0, 2.0, 3.0, null, 0.0));
    List<SortKey> keys = List.of(SortKey.asc("a").nullsFirst(), SortKey.desc("b"));
    assertThat(TablesawSort.sortedRows(input, keys)).containsExactly(4, 2, 0, 1, 3);
  }

  @Test
  @DisplayName("orders strings by code point, not by UTF-16 unit")
  void ordersStringsByCodePoint() {
    // U+FF76 is below U+1F600 by code point, but its UTF-16 unit is above the surrogate D83D
    TablesawFrame input =
        frame(List.of("s"), column(DataType.STRING, "😀x", "ｶﾅ", "", "b", "é", "B"));
    assertThat(TablesawSort.sortedRows(input, List.of(SortKey.asc("s"))))
        .containsExactly(2, 5, 3, 4, 1, 0);
    assertThat("😀x".compareTo("ｶﾅ")).as("String.compareTo disagrees").isNegative();
  }
}
