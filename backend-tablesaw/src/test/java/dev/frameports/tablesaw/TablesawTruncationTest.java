package dev.frameports.tablesaw;

import static dev.frameports.tablesaw.TestColumns.column;
import static dev.frameports.tablesaw.TestColumns.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.DataType;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("timestamp truncation")
class TablesawTruncationTest {
  private static final long MINUTE = 60_000_000L;
  private static final long QUARTER_HOUR = 15 * MINUTE;
  private static final long DAY = 24 * 60 * MINUTE;

  @Test
  @DisplayName("floors to a multiple of the step counted from 1970")
  void floorsAfterTheEpoch() {
    assertThat(TablesawTruncation.floor(0, QUARTER_HOUR)).isZero();
    assertThat(TablesawTruncation.floor(QUARTER_HOUR - 1, QUARTER_HOUR)).isZero();
    assertThat(TablesawTruncation.floor(QUARTER_HOUR, QUARTER_HOUR)).isEqualTo(QUARTER_HOUR);
    assertThat(TablesawTruncation.floor(5 * QUARTER_HOUR + 7, QUARTER_HOUR))
        .isEqualTo(5 * QUARTER_HOUR);
  }

  @Test
  @DisplayName("rounds times before 1970 down, not toward the epoch")
  void floorsBeforeTheEpoch() {
    assertThat(TablesawTruncation.floor(-1, QUARTER_HOUR)).isEqualTo(-QUARTER_HOUR);
    assertThat(TablesawTruncation.floor(-QUARTER_HOUR, QUARTER_HOUR)).isEqualTo(-QUARTER_HOUR);
    assertThat(TablesawTruncation.floor(-QUARTER_HOUR - 1, QUARTER_HOUR))
        .isEqualTo(-2 * QUARTER_HOUR);
  }

  @Test
  @DisplayName("truncates a column of timestamps before and after 1970, keeping nulls")
  void truncatesColumns() {
    TablesawColumn input =
        column(
            DataType.TIMESTAMP,
            LocalDateTime.parse("1969-12-31T23:59:59.999999"),
            null,
            LocalDateTime.parse("1965-03-01T00:07:30"),
            LocalDateTime.parse("2024-02-29T23:45:00.000001"));
    assertThat(values(TablesawTruncation.truncate(input, QUARTER_HOUR, "t")))
        .containsExactly(
            LocalDateTime.parse("1969-12-31T23:45"),
            null,
            LocalDateTime.parse("1965-03-01T00:00"),
            LocalDateTime.parse("2024-02-29T23:45"));
    assertThat(values(TablesawTruncation.truncate(input, DAY, "t")))
        .containsExactly(
            LocalDateTime.parse("1969-12-31T00:00"),
            null,
            LocalDateTime.parse("1965-03-01T00:00"),
            LocalDateTime.parse("2024-02-29T00:00"));
  }

  @Test
  @DisplayName("rejects a step that is not positive")
  void rejectsNonPositiveSteps() {
    assertThatThrownBy(() -> TablesawTruncation.floor(5, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
