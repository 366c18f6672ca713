package dev.frameports.tck;

import static dev.frameports.frame.DataType.DATE;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.len;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.JoinType;
import dev.frameports.frame.Keep;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Values at the edges of their types: all-null columns, non-ASCII strings, timestamps before 1970
 * and at month ends, and microsecond precision through every verb.
 */
public abstract class TypeEdgeCaseContract extends BackendContract {
  private static final List<String> UNICODE =
      List.of(
          "gr\u00FC\u00DFe", // German with sharp s
          "\u65E5\u672C\u8A9E", // Japanese
          "\u05E9\u05DC\u05D5\u05DD", // Hebrew, right to left
          "e\u0301", // e + combining acute accent
          "\uD83D\uDE80 rocket", // U+1F680 followed by ASCII
          "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", // a ZWJ family emoji sequence
          "tab\there",
          "quote\"comma,");

  @Test
  @DisplayName("an all-null column passes through every verb and aggregates to null")
  void allNullColumn() {
    var input =
        frame(schema("k", STRING, "v", INT64), row("a", null), row("b", null), row("a", null));
    assertThatFrame(input.sort("v").collect()).hasColumnValues("k", "a", "b", "a");
    assertThatFrame(input.filter(col("v").isNull()).collect()).hasHeight(3);
    assertThatFrame(input.unique(List.of("v"), Keep.FIRST).collect())
        .hasRowsInOrder(row("a", null));
    assertThatFrame(input.groupBy("k").agg(col("v").sum(), col("v").max().alias("m")).collect())
        .hasRowsInAnyOrder(row("a", null, null), row("b", null, null));
    assertThatFrame(input.select(col("v").add(1L)).collect())
        .hasColumnValues("v", null, null, null);
  }

  @Test
  @DisplayName("non-ASCII strings survive a round trip unchanged, code unit for code unit")
  void unicodeRoundTrip() {
    var input = column("s", STRING, UNICODE.toArray());
    assertThat(evaluate(input, col("s"))).containsExactlyElementsOf(UNICODE);
    assertThat(evaluate(input, col("s").eq(col("s")))).containsOnly(true);
  }

  @Test
  @DisplayName("non-ASCII strings work as group keys and join keys")
  void unicodeKeys() {
    var input = column("s", STRING, UNICODE.toArray());
    var doubled = input.concat(input);
    assertThatFrame(doubled.groupBy("s").agg(len()).collect())
        .hasRowsInAnyOrder(UNICODE.stream().map(s -> row(s, 2L)).toList());
    assertThatFrame(input.join(input, List.of("s"), JoinType.SEMI).collect())
        .hasHeight(UNICODE.size());
  }

  @Test
  @DisplayName("timestamps before 1970 and at month ends keep their value to the microsecond")
  void timestampsAtTheEdges() {
    Object[] values = {
      ts("1969-12-31 23:59:59.999999"),
      ts("1900-01-01 00:00:00"),
      ts("1969-07-20 20:17:40.000001"),
      ts("2024-02-29 23:59:59.999999"),
      ts("2025-01-31 23:59:00"),
      ts("2025-12-31 23:59:59.000001"),
      ts("2000-02-29 12:00:00.5")
    };
    var input = column("t", TIMESTAMP, values);
    assertThat(evaluate(input, col("t"))).containsExactly(values);
    assertThat(evaluate(input.sort("t"), col("t")))
        .containsExactly(
            values[1], values[2], values[0], values[6], values[3], values[4], values[5]);
  }

  @Test
  @DisplayName("microseconds are preserved by filter equality, group keys and joins")
  void microsecondPrecision() {
    var a = ts("2025-12-02 16:05:01.482913");
    var b = ts("2025-12-02 16:05:01.482914");
    var input = column("t", TIMESTAMP, a, b, a);
    assertThatFrame(input.filter(col("t").eq(b)).collect()).hasColumnValues("t", b);
    assertThatFrame(input.groupBy("t").agg(len()).collect())
        .hasRowsInAnyOrder(row(a, 2L), row(b, 1L));
    assertThatFrame(input.agg(col("t").max()).collect()).hasColumnValues("t", b);
  }

  @Test
  @DisplayName("dates before 1970 and on leap days keep their value")
  void datesAtTheEdges() {
    Object[] values = {day("1969-12-31"), day("1900-02-28"), day("2000-02-29"), day("2024-02-29")};
    var input = column("d", DATE, values);
    assertThat(evaluate(input, col("d"))).containsExactly(values);
    assertThat(evaluate(input, col("d").cast(TIMESTAMP).date())).containsExactly(values);
  }
}
