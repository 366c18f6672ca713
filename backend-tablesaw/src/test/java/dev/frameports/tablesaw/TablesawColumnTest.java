package dev.frameports.tablesaw;

import static dev.frameports.tablesaw.TestColumns.column;
import static dev.frameports.tablesaw.TestColumns.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.DataType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a Tablesaw column with its null mask")
class TablesawColumnTest {

  @Test
  @DisplayName("keeps Integer.MIN_VALUE and Long.MIN_VALUE as values, apart from null")
  void keepsTheSentinelValuesOfTablesaw() {
    assertThat(values(column(DataType.INT32, Integer.MIN_VALUE, null, 7)))
        .containsExactly(Integer.MIN_VALUE, null, 7);
    assertThat(values(column(DataType.INT64, Long.MIN_VALUE, null, Long.MAX_VALUE)))
        .containsExactly(Long.MIN_VALUE, null, Long.MAX_VALUE);
  }

  @Test
  @DisplayName("keeps the empty string apart from null")
  void keepsEmptyStringApartFromNull() {
    assertThat(values(column(DataType.STRING, "", null, "x"))).containsExactly("", null, "x");
  }

  @Test
  @DisplayName("keeps the microseconds of timestamps, before and after 1970")
  void keepsMicroseconds() {
    LocalDateTime late = LocalDateTime.parse("2025-12-02T16:05:01.482913");
    LocalDateTime early = LocalDateTime.parse("1969-12-31T23:59:59.999999");
    assertThat(values(column(DataType.TIMESTAMP, late, null, early)))
        .containsExactly(late, null, early);
  }

  @Test
  @DisplayName("round-trips every other type with nulls")
  void roundTripsOtherTypes() {
    assertThat(values(column(DataType.BOOLEAN, true, null, false)))
        .containsExactly(true, null, false);
    assertThat(values(column(DataType.FLOAT64, -0.5, null, 1e300)))
        .containsExactly(-0.5, null, 1e300);
    LocalDate day = LocalDate.parse("1900-02-28");
    assertThat(values(column(DataType.DATE, day, null))).containsExactly(day, null);
  }

  @Test
  @DisplayName("gathers rows in the given order with repeats, carrying the nulls along")
  void gathersInOrder() {
    TablesawColumn source = column(DataType.STRING, "a", null, "", "d");
    assertThat(values(source.gather(new int[] {3, 1, 1, 2, 0})))
        .isEqualTo(Arrays.asList("d", null, null, "", "a"));
    assertThat(values(source.gatherOrNull(new int[] {-1, 2}, "x")))
        .isEqualTo(Arrays.asList(null, ""));
  }
}
