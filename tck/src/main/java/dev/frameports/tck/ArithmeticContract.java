package dev.frameports.tck;

import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT32;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.FrameException;
import dev.frameports.frame.LazyFrame;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code + - * /}: integer types stay integers and overflow is an error, a FLOAT64 operand makes
 * the result FLOAT64, division is always FLOAT64 and null when dividing by zero.
 */
public abstract class ArithmeticContract extends BackendContract {

  private LazyFrame mixed() {
    return frame(
        schema("i", INT32, "l", INT64, "f", FLOAT64),
        row(3, 10L, 0.5),
        row(-4, -20L, 2.25),
        row(null, 5L, null),
        row(7, null, -1.0));
  }

  @Test
  @DisplayName("INT32 with INT32 stays INT32")
  void int32StaysInt32() {
    var result = mixed().select(col("i").add(col("i")).alias("sum"), col("i").mul(3)).collect();
    assertThatFrame(result)
        .hasTypes(INT32, INT32)
        .hasColumnValues("sum", 6, -8, null, 14)
        .hasColumnValues("i", 9, -12, null, 21);
  }

  @Test
  @DisplayName("INT32 with INT64 is INT64, in either order")
  void int32WithInt64IsInt64() {
    var result = mixed().select(col("i").add(col("l")), col("l").sub(col("i"))).collect();
    assertThatFrame(result)
        .hasTypes(INT64, INT64)
        .hasColumnValues("i", 13L, -24L, null, null)
        .hasColumnValues("l", 7L, -16L, null, null);
  }

  @Test
  @DisplayName("a FLOAT64 operand makes the result FLOAT64")
  void floatOperandGivesFloat() {
    var result =
        mixed()
            .select(col("l").mul(col("f")), col("i").add(0.25).alias("i_plus"), col("f").sub(1L))
            .collect();
    assertThatFrame(result)
        .hasTypes(FLOAT64, FLOAT64, FLOAT64)
        .hasColumnValues("l", 5.0, -45.0, null, null)
        .hasColumnValues("i_plus", 3.25, -3.75, null, 7.25)
        .hasColumnValues("f", -0.5, 1.25, null, -2.0);
  }

  @Test
  @DisplayName("float sums are compared within the documented tolerance")
  void floatArithmeticWithinTolerance() {
    var result = column("x", FLOAT64, 0.1).select(col("x").add(0.2)).collect();
    assertThatFrame(result).hasColumnValues("x", 0.3);
  }

  @Test
  @DisplayName("Long.MAX_VALUE and Long.MIN_VALUE survive a round trip and exact arithmetic")
  void int64BoundariesRoundTrip() {
    var input = column("n", INT64, Long.MAX_VALUE, Long.MIN_VALUE, 0L);
    assertThat(evaluate(input, col("n"))).containsExactly(Long.MAX_VALUE, Long.MIN_VALUE, 0L);
    assertThat(evaluate(input, col("n").sub(0L)))
        .containsExactly(Long.MAX_VALUE, Long.MIN_VALUE, 0L);
    var halves = column("n", INT64, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1);
    assertThat(evaluate(halves, col("n").add(1L)))
        .containsExactly(Long.MAX_VALUE, Long.MIN_VALUE + 2);
    assertThat(evaluate(halves, col("n").sub(1L)))
        .containsExactly(Long.MAX_VALUE - 2, Long.MIN_VALUE);
  }

  @Test
  @DisplayName("INT64 addition past Long.MAX_VALUE is an error, not a wrap-around")
  void int64AdditionOverflowFails() {
    var input = column("n", INT64, 1L, Long.MAX_VALUE);
    assertThatThrownBy(() -> input.select(col("n").add(1L)).collect())
        .isInstanceOf(FrameException.class);
  }

  @Test
  @DisplayName("INT64 subtraction below Long.MIN_VALUE is an error")
  void int64SubtractionOverflowFails() {
    var input = column("n", INT64, Long.MIN_VALUE);
    assertThatThrownBy(() -> input.select(col("n").sub(1L)).collect())
        .isInstanceOf(FrameException.class);
  }

  @Test
  @DisplayName("INT64 multiplication that overflows is an error")
  void int64MultiplicationOverflowFails() {
    var input = column("n", INT64, 4_611_686_018_427_387_904L); // 2^62
    assertThatThrownBy(() -> input.select(col("n").mul(2L)).collect())
        .isInstanceOf(FrameException.class);
  }

  @Test
  @DisplayName("INT32 arithmetic that overflows 32 bits is an error")
  void int32OverflowFails() {
    var input = column("n", INT32, Integer.MAX_VALUE);
    assertThatThrownBy(() -> input.select(col("n").add(1)).collect())
        .isInstanceOf(FrameException.class);
    var square = column("n", INT32, 65_536);
    assertThatThrownBy(() -> square.select(col("n").mul(col("n"))).collect())
        .isInstanceOf(FrameException.class);
  }

  @Test
  @DisplayName("INT32 plus an INT64 computes in 64 bits and does not overflow at 2^31")
  void int32WithInt64Widens() {
    var input = column("n", INT32, Integer.MAX_VALUE);
    assertThat(evaluate(input, col("n").add(1L))).containsExactly(2_147_483_648L);
  }

  @Test
  @DisplayName("division is true division and always FLOAT64, also for integers")
  void divisionIsAlwaysFloat() {
    var result =
        mixed().select(col("l").div(4L), col("i").div(2).alias("half"), col("f").div(col("i")));
    assertThatFrame(result.collect())
        .hasTypes(FLOAT64, FLOAT64, FLOAT64)
        .hasColumnValues("l", 2.5, -5.0, 1.25, null)
        .hasColumnValues("half", 1.5, -2.0, null, 3.5)
        .hasColumnValues("f", 0.5 / 3, -0.5625, null, -1.0 / 7);
  }

  @Test
  @DisplayName("division by zero is null, for integer and float zero, row by row")
  void divisionByZeroIsNull() {
    var input =
        frame(
            schema("n", INT64, "d", INT64, "x", FLOAT64),
            row(1L, 0L, 2.5),
            row(0L, 0L, 0.0),
            row(-3L, 2L, -1.5),
            row(6L, null, 3.0));
    var result =
        input
            .select(col("n").div(col("d")), col("x").div(0.0), col("n").div(0).alias("by_zero"))
            .collect();
    assertThatFrame(result)
        .hasTypes(FLOAT64, FLOAT64, FLOAT64)
        .hasColumnValues("n", null, null, -1.5, null)
        .hasColumnValues("x", null, null, null, null)
        .hasColumnValues("by_zero", null, null, null, null);
  }

  @Test
  @DisplayName("arithmetic with a null operand is null")
  void nullOperandGivesNull() {
    var input = frame(schema("a", INT64, "b", INT64), row(null, 1L), row(2L, null), row(2L, 3L));
    var result =
        input
            .select(
                col("a").add(col("b")).alias("add"),
                col("a").sub(col("b")).alias("sub"),
                col("a").mul(col("b")).alias("mul"))
            .collect();
    assertThatFrame(result)
        .hasRowsInOrder(row(null, null, null), row(null, null, null), row(5L, -1L, 6L));
  }
}
