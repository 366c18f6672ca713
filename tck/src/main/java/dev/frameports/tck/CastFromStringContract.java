package dev.frameports.tck;

import static dev.frameports.frame.DataType.BOOLEAN;
import static dev.frameports.frame.DataType.DATE;
import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT32;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.frame.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.DataType;
import dev.frameports.frame.FrameException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code cast} from STRING: decimal text with surrounding blanks, booleans in any case, {@code
 * yyyy-MM-dd} dates and timestamps with 0 to 6 fraction digits and a space or {@code T}; text that
 * does not parse is an error.
 */
public abstract class CastFromStringContract extends BackendContract {

  @Test
  @DisplayName("decimal text converts to INT32 and INT64, surrounding blanks ignored")
  void textToIntegers() {
    var input = column("s", STRING, "42", " -7 ", "0", null);
    assertThat(evaluate(input, col("s").cast(INT32))).containsExactly(42, -7, 0, null);
    assertThat(evaluate(input, col("s").cast(INT64))).containsExactly(42L, -7L, 0L, null);
    var extremes = column("s", STRING, "9223372036854775807", "-9223372036854775808");
    assertThat(evaluate(extremes, col("s").cast(INT64)))
        .containsExactly(Long.MAX_VALUE, Long.MIN_VALUE);
  }

  @Test
  @DisplayName("decimal text converts to FLOAT64")
  void textToFloat() {
    var input = column("s", STRING, "2.5", " -0.25 ", "3", "1000000.125", null);
    assertThat(evaluate(input, col("s").cast(FLOAT64)))
        .containsExactly(2.5, -0.25, 3.0, 1_000_000.125, null);
  }

  @Test
  @DisplayName("true and false convert to BOOLEAN in any case")
  void textToBoolean() {
    var input = column("s", STRING, "true", "FALSE", "True", "false", null);
    assertThat(evaluate(input, col("s").cast(BOOLEAN)))
        .containsExactly(true, false, true, false, null);
  }

  @Test
  @DisplayName("yyyy-MM-dd converts to DATE")
  void textToDate() {
    var input = column("s", STRING, "2024-02-29", "1969-12-31", null);
    assertThat(evaluate(input, col("s").cast(DATE)))
        .containsExactly(day("2024-02-29"), day("1969-12-31"), null);
  }

  @Test
  @DisplayName("timestamp text with 0 to 6 fraction digits and a space or T converts to TIMESTAMP")
  void textToTimestamp() {
    var input =
        column(
            "s",
            STRING,
            "2024-02-29 13:05:09",
            "2024-02-29T13:05:09",
            "2024-02-29 13:05:09.5",
            "2024-02-29 13:05:09.123",
            "2024-02-29T13:05:09.123456",
            "1969-12-31 23:59:59.999999",
            null);
    assertThat(evaluate(input, col("s").cast(TIMESTAMP)))
        .containsExactly(
            ts("2024-02-29 13:05:09"),
            ts("2024-02-29 13:05:09"),
            ts("2024-02-29 13:05:09.500000"),
            ts("2024-02-29 13:05:09.123000"),
            ts("2024-02-29 13:05:09.123456"),
            ts("1969-12-31 23:59:59.999999"),
            null);
  }

  @Test
  @DisplayName("a STRING round trip through each type gives the same value back")
  void roundTripThroughText() {
    var input = column("t", TIMESTAMP, ts("2025-12-02 16:05:01.482913"), ts("1900-01-01 00:00:00"));
    assertThat(evaluate(input, col("t").cast(STRING).cast(TIMESTAMP)))
        .containsExactly(ts("2025-12-02 16:05:01.482913"), ts("1900-01-01 00:00:00"));
  }

  @Test
  @DisplayName("text that does not parse as the target type is an error")
  void badTextFails() {
    assertBadText("12x", INT32);
    assertBadText("3000000000", INT32);
    assertBadText("abc", INT64);
    assertBadText("two", FLOAT64);
    assertBadText("maybe", BOOLEAN);
    assertBadText("2024-02-30", DATE);
    assertBadText("2024-13-01", DATE);
    assertBadText("yesterday", TIMESTAMP);
    assertBadText("2024-02-29 25:00:00", TIMESTAMP);
  }

  @Test
  @DisplayName("a bad value fails the whole plan even when other rows are fine")
  void oneBadRowFails() {
    var input = column("s", STRING, "1", "2", "three");
    assertThatThrownBy(() -> input.select(col("s").cast(INT64)).collect())
        .isInstanceOf(FrameException.class);
  }

  private void assertBadText(String text, DataType to) {
    var input = column("s", STRING, text);
    assertThatThrownBy(() -> input.select(col("s").cast(to)).collect())
        .as("cast of '%s' to %s", text, to)
        .isInstanceOf(FrameException.class);
  }
}
