package dev.frameports.tck;

import static dev.frameports.frame.DataType.BOOLEAN;
import static dev.frameports.frame.DataType.DATE;
import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT32;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.DataType;
import dev.frameports.frame.FrameException;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.PlanException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code cast}: the conversions of {@link dev.frameports.frame.Expr.Cast}'s table between numbers,
 * booleans, strings and temporal types; casts from text are in {@link CastFromStringContract}.
 */
public abstract class CastContract extends BackendContract {

  @Test
  @DisplayName("INT32 and INT64 convert to each other and to FLOAT64")
  void integersConvert() {
    var input = frame(schema("i", INT32, "l", INT64), row(-7, 42L), row(null, null));
    var result =
        input
            .select(
                col("i").cast(INT64),
                col("l").cast(INT32),
                col("i").cast(FLOAT64).alias("i_float"),
                col("l").cast(FLOAT64).alias("l_float"))
            .collect();
    assertThatFrame(result)
        .hasTypes(INT64, INT32, FLOAT64, FLOAT64)
        .hasRowsInOrder(row(-7L, 42, -7.0, 42.0), row(null, null, null, null));
  }

  @Test
  @DisplayName("FLOAT64 to an integer truncates toward zero")
  void floatToIntegerTruncates() {
    var input = column("f", FLOAT64, 2.7, -2.7, 0.999, -0.5, 1e15, null);
    assertThat(evaluate(input, col("f").cast(INT64)))
        .containsExactly(2L, -2L, 0L, 0L, 1_000_000_000_000_000L, null);
    var small = column("f", FLOAT64, 2.7, -2.7, 0.999);
    assertThat(evaluate(small, col("f").cast(INT32))).containsExactly(2, -2, 0);
  }

  @Test
  @DisplayName("a value out of the target's range is an error")
  void outOfRangeFails() {
    var big = column("l", INT64, 1L, 3_000_000_000L);
    assertThatThrownBy(() -> big.select(col("l").cast(INT32)).collect())
        .isInstanceOf(FrameException.class);
    var huge = column("f", FLOAT64, 1e19);
    assertThatThrownBy(() -> huge.select(col("f").cast(INT64)).collect())
        .isInstanceOf(FrameException.class);
    var large = column("f", FLOAT64, -3e9);
    assertThatThrownBy(() -> large.select(col("f").cast(INT32)).collect())
        .isInstanceOf(FrameException.class);
  }

  @Test
  @DisplayName("BOOLEAN converts to numbers as 1 and 0, and to STRING as true and false")
  void booleanConverts() {
    var input = column("b", BOOLEAN, true, false, null);
    assertThat(evaluate(input, col("b").cast(INT32))).containsExactly(1, 0, null);
    assertThat(evaluate(input, col("b").cast(INT64))).containsExactly(1L, 0L, null);
    assertThat(evaluate(input, col("b").cast(FLOAT64))).containsExactly(1.0, 0.0, null);
    assertThat(evaluate(input, col("b").cast(STRING))).containsExactly("true", "false", null);
  }

  @Test
  @DisplayName("numbers convert to BOOLEAN: non-zero is true")
  void numbersToBoolean() {
    var input =
        frame(
            schema("i", INT32, "l", INT64, "f", FLOAT64),
            row(0, 0L, 0.0),
            row(5, -1L, 0.5),
            row(-3, 7L, -2.0),
            row(null, null, null));
    assertThat(evaluate(input, col("i").cast(BOOLEAN))).containsExactly(false, true, true, null);
    assertThat(evaluate(input, col("l").cast(BOOLEAN))).containsExactly(false, true, true, null);
    assertThat(evaluate(input, col("f").cast(BOOLEAN))).containsExactly(false, true, true, null);
  }

  @Test
  @DisplayName("integers convert to STRING as plain decimal digits")
  void integersToString() {
    var longs = column("l", INT64, -42L, 0L, Long.MAX_VALUE, Long.MIN_VALUE, null);
    assertThat(evaluate(longs, col("l").cast(STRING)))
        .containsExactly("-42", "0", "9223372036854775807", "-9223372036854775808", null);
    var ints = column("i", INT32, 1_000_000, -1);
    assertThat(evaluate(ints, col("i").cast(STRING))).containsExactly("1000000", "-1");
  }

  @Test
  @DisplayName("DATE converts to STRING as yyyy-MM-dd")
  void dateToString() {
    var input = column("d", DATE, day("2024-02-29"), day("1969-12-31"), day("2025-01-01"), null);
    assertThat(evaluate(input, col("d").cast(STRING)))
        .containsExactly("2024-02-29", "1969-12-31", "2025-01-01", null);
  }

  @Test
  @DisplayName("TIMESTAMP converts to STRING with six fraction digits only when micros are set")
  void timestampToString() {
    var input =
        column(
            "t",
            TIMESTAMP,
            ts("2024-02-29 13:05:09"),
            ts("2024-02-29 13:05:09.000120"),
            ts("2024-02-29 13:05:09.5"),
            ts("1969-12-31 23:59:59.999999"),
            ts("2025-01-01 00:00:00"),
            null);
    assertThat(evaluate(input, col("t").cast(STRING)))
        .containsExactly(
            "2024-02-29 13:05:09",
            "2024-02-29 13:05:09.000120",
            "2024-02-29 13:05:09.500000",
            "1969-12-31 23:59:59.999999",
            "2025-01-01 00:00:00",
            null);
  }

  @Test
  @DisplayName("TIMESTAMP converts to DATE as its calendar day, also before 1970")
  void timestampToDate() {
    var input =
        column(
            "t",
            TIMESTAMP,
            ts("2024-02-29 23:59:59.999999"),
            ts("1969-12-31 23:00:00"),
            ts("1970-01-01 00:00:00"),
            null);
    assertThat(evaluate(input, col("t").cast(DATE)))
        .containsExactly(day("2024-02-29"), day("1969-12-31"), day("1970-01-01"), null);
    assertThat(evaluate(input, col("t").date()))
        .containsExactly(day("2024-02-29"), day("1969-12-31"), day("1970-01-01"), null);
  }

  @Test
  @DisplayName("DATE converts to TIMESTAMP at midnight")
  void dateToTimestamp() {
    var input = column("d", DATE, day("2025-01-31"), day("1969-12-31"), null);
    assertThat(evaluate(input, col("d").cast(TIMESTAMP)))
        .containsExactly(ts("2025-01-31 00:00:00"), ts("1969-12-31 00:00:00"), null);
  }

  @Test
  @DisplayName("a cast to the same type changes nothing")
  void identityCast() {
    var input = column("s", STRING, "a", null);
    assertThat(evaluate(input, col("s").cast(STRING))).containsExactly("a", null);
  }

  @Test
  @DisplayName("casts outside the table, FLOAT64 to STRING among them, are PlanExceptions")
  void castsOutsideTheTableFail() {
    LazyFrame input =
        frame(
            schema("f", FLOAT64, "t", TIMESTAMP, "d", DATE, "b", BOOLEAN, "l", INT64),
            row(1.5, ts("2025-01-01 00:00:00"), day("2025-01-01"), true, 1L));
    assertCastFails(input, "f", STRING);
    assertCastFails(input, "t", INT64);
    assertCastFails(input, "d", INT32);
    assertCastFails(input, "b", DATE);
    assertCastFails(input, "l", TIMESTAMP);
    assertCastFails(input, "t", FLOAT64);
  }

  private static void assertCastFails(LazyFrame input, String column, DataType to) {
    assertThatThrownBy(() -> input.select(col(column).cast(to)).collect())
        .as("cast of %s to %s", column, to)
        .isInstanceOf(PlanException.class);
  }
}
