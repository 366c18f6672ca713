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

import dev.frameports.frame.Expr;
import dev.frameports.frame.LazyFrame;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code eq ne lt le gt ge}: numbers of any type compare by value, strings by Unicode code point,
 * timestamps and dates chronologically, booleans {@code false < true}; null on either side gives
 * null.
 */
public abstract class ComparisonContract extends BackendContract {
  /** U+1F600, a supplementary character: a surrogate pair in Java strings. */
  private static final String EMOJI = "\uD83D\uDE00";

  /** U+FF21 FULLWIDTH LATIN CAPITAL LETTER A: above the surrogate range, below U+1F600. */
  private static final String FULLWIDTH_A = "\uFF21";

  @Test
  @DisplayName("the six operators compare an INT64 column with a literal")
  void sixOperators() {
    var input = column("n", INT64, 1L, 2L, 3L);
    assertThat(evaluate(input, col("n").eq(2L))).containsExactly(false, true, false);
    assertThat(evaluate(input, col("n").ne(2L))).containsExactly(true, false, true);
    assertThat(evaluate(input, col("n").lt(2L))).containsExactly(true, false, false);
    assertThat(evaluate(input, col("n").le(2L))).containsExactly(true, true, false);
    assertThat(evaluate(input, col("n").gt(2L))).containsExactly(false, false, true);
    assertThat(evaluate(input, col("n").ge(2L))).containsExactly(false, true, true);
  }

  @Test
  @DisplayName("INT32, INT64 and FLOAT64 compare with each other by value")
  void numbersCompareAcrossTypes() {
    var input =
        frame(
            schema("i", INT32, "l", INT64, "f", FLOAT64),
            row(2, 2L, 2.0),
            row(3, 2L, 2.5),
            row(-1, 0L, -0.5));
    var result =
        input
            .select(
                col("i").eq(col("l")).alias("i_eq_l"),
                col("l").eq(col("f")).alias("l_eq_f"),
                col("i").gt(col("f")).alias("i_gt_f"),
                col("l").lt(3).alias("l_lt_3"),
                col("i").le(2.5).alias("i_le_2_5"))
            .collect();
    assertThatFrame(result)
        .hasTypes(BOOLEAN, BOOLEAN, BOOLEAN, BOOLEAN, BOOLEAN)
        .hasRowsInOrder(
            row(true, true, false, true, true),
            row(false, false, true, true, false),
            row(false, false, false, true, true));
  }

  @Test
  @DisplayName("a comparison with null on either side is null")
  void nullComparisonIsNull() {
    var input =
        frame(schema("a", INT64, "b", INT64), row(1L, null), row(null, 1L), row(null, null));
    assertThat(evaluate(input, col("a").eq(col("b")))).containsExactly(null, null, null);
    assertThat(evaluate(input, col("a").ne(col("b")))).containsExactly(null, null, null);
    assertThat(evaluate(input, col("b").lt(Expr.nullLit(INT64)))).containsExactly(null, null, null);
  }

  @Test
  @DisplayName("strings compare by Unicode code point, not by UTF-16 unit or locale")
  void stringsCompareByCodePoint() {
    var input =
        frame(
            schema("l", STRING, "r", STRING),
            row("B", "a"),
            row("a", "ab"),
            row("", "a"),
            row("z", "\u00E9"),
            row(FULLWIDTH_A, EMOJI),
            row("\uE000", EMOJI),
            row("abc", "abc"));
    // Java's String.compareTo would put the emoji (high surrogate U+D83D) before U+E000 and U+FF21.
    assertThat(evaluate(input, col("l").lt(col("r"))))
        .containsExactly(true, true, true, true, true, true, false);
    assertThat(evaluate(input, col("r").gt(col("l"))))
        .containsExactly(true, true, true, true, true, true, false);
    assertThat(evaluate(input, col("l").eq(col("r"))))
        .containsExactly(false, false, false, false, false, false, true);
  }

  @Test
  @DisplayName("an emoji is greater than a BMP character above U+E000 in a filter")
  void emojiAboveHighBmpInFilter() {
    var result =
        column("s", STRING, "\uFB01", EMOJI, "z", FULLWIDTH_A)
            .filter(col("s").gt("\uE000"))
            .filter(col("s").ge(EMOJI))
            .collect();
    assertThatFrame(result).hasColumnValues("s", EMOJI);
  }

  @Test
  @DisplayName("string equality is exact: no case folding and no Unicode normalisation")
  void stringEqualityIsExact() {
    var input = column("s", STRING, "\u00E9", "e\u0301", "\u00C9", "\u00E9");
    assertThat(evaluate(input, col("s").eq("\u00E9"))).containsExactly(true, false, false, true);
  }

  @Test
  @DisplayName("timestamps compare chronologically to the microsecond")
  void timestampsCompare() {
    var input =
        column(
            "t",
            TIMESTAMP,
            ts("2025-01-31 23:59:59.999999"),
            ts("2025-02-01 00:00:00"),
            ts("1969-12-31 23:59:59.999999"),
            null);
    var midnight = ts("2025-02-01 00:00:00");
    assertThat(evaluate(input, col("t").lt(midnight))).containsExactly(true, false, true, null);
    assertThat(evaluate(input, col("t").eq(midnight))).containsExactly(false, true, false, null);
    assertThat(evaluate(input, col("t").ge(ts("1969-12-31 23:59:59.999998"))))
        .containsExactly(true, true, true, null);
  }

  @Test
  @DisplayName("dates compare chronologically")
  void datesCompare() {
    var input = column("d", DATE, day("2024-02-29"), day("2024-03-01"), day("1969-12-31"));
    assertThat(evaluate(input, col("d").ge(day("2024-03-01")))).containsExactly(false, true, false);
    assertThat(evaluate(input, col("d").lt(day("1970-01-01")))).containsExactly(false, false, true);
  }

  @Test
  @DisplayName("booleans compare with false before true")
  void booleansCompare() {
    LazyFrame input = column("b", BOOLEAN, false, true, null);
    assertThat(evaluate(input, col("b").lt(true))).containsExactly(true, false, null);
    assertThat(evaluate(input, col("b").gt(false))).containsExactly(false, true, null);
    assertThat(evaluate(input, col("b").eq(false))).containsExactly(true, false, null);
  }
}
