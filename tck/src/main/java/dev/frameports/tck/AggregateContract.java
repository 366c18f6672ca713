package dev.frameports.tck;

import static dev.frameports.frame.DataType.BOOLEAN;
import static dev.frameports.frame.DataType.DATE;
import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT32;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.len;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.FrameException;
import dev.frameports.frame.LazyFrame;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code groupBy(keys).agg(..)}: one row per distinct key combination (null is a key), the keys
 * first, then one column per aggregate; output order is unspecified, so rows are compared in any
 * order. Without keys: exactly one row, even for empty input.
 */
public abstract class AggregateContract extends BackendContract {

  private LazyFrame sales() {
    return frame(
        schema("k", STRING, "v", INT64, "f", FLOAT64, "s", STRING),
        row("a", 3L, 0.5, "x"),
        row("b", 10L, null, "y"),
        row("a", 1L, 1.5, "z"),
        row("a", null, 2.5, "x"),
        row("b", 20L, 4.0, null));
  }

  @Test
  @DisplayName("every aggregate function over one key")
  void everyFunctionByKey() {
    var result =
        sales()
            .groupBy("k")
            .agg(
                col("v").sum().alias("sum"),
                col("v").count().alias("count"),
                col("v").mean().alias("mean"),
                col("v").min().alias("min"),
                col("v").max().alias("max"),
                col("s").nUnique().alias("n_unique"),
                col("v").first().alias("first"),
                len(),
                col("f").sum().alias("f_sum"),
                col("f").mean().alias("f_mean"))
            .collect();
    assertThatFrame(result)
        .hasColumns(
            "k",
            "sum",
            "count",
            "mean",
            "min",
            "max",
            "n_unique",
            "first",
            "len",
            "f_sum",
            "f_mean")
        .hasTypes(
            STRING, INT64, INT64, FLOAT64, INT64, INT64, INT64, INT64, INT64, FLOAT64, FLOAT64)
        .hasRowsInAnyOrder(
            row("a", 4L, 2L, 2.0, 1L, 3L, 2L, 3L, 3L, 4.5, 1.5),
            row("b", 30L, 2L, 15.0, 10L, 20L, 1L, 10L, 2L, 4.0, 4.0));
  }

  @Test
  @DisplayName("sum of INT32 is INT64, mean is FLOAT64, min, max and first keep the input type")
  void aggregateTypes() {
    var input =
        frame(
            schema("k", INT32, "i", INT32),
            row(1, Integer.MAX_VALUE),
            row(1, Integer.MAX_VALUE),
            row(2, 1));
    var result =
        input
            .groupBy("k")
            .agg(
                col("i").sum().alias("sum"),
                col("i").mean().alias("mean"),
                col("i").min().alias("min"),
                col("i").max().alias("max"),
                col("i").first().alias("first"))
            .collect();
    assertThatFrame(result)
        .hasTypes(INT32, INT64, FLOAT64, INT32, INT32, INT32)
        .hasRowsInAnyOrder(
            row(
                1,
                4_294_967_294L,
                2_147_483_647.0,
                Integer.MAX_VALUE,
                Integer.MAX_VALUE,
                Integer.MAX_VALUE),
            row(2, 1L, 1.0, 1, 1, 1));
  }

  @Test
  @DisplayName("several keys, nulls among them, come first in the order given")
  void severalKeysWithNulls() {
    var input =
        frame(
            schema("k1", STRING, "k2", INT64, "v", INT64),
            row("a", 1L, 1L),
            row("a", null, 2L),
            row(null, 1L, 4L),
            row("a", 1L, 8L),
            row(null, null, 16L),
            row(null, null, 32L));
    var result = input.groupBy("k2", "k1").agg(col("v").sum()).collect();
    assertThatFrame(result)
        .hasSchema(schema("k2", INT64, "k1", STRING, "v", INT64))
        .hasRowsInAnyOrder(
            row(1L, "a", 9L), row(null, "a", 2L), row(1L, null, 4L), row(null, null, 48L));
  }

  @Test
  @DisplayName("a global aggregation of empty input gives one row: len 0, count 0, sum null")
  void globalAggregationOfEmptyInput() {
    var empty = sales().filter(col("k").eq("none"));
    var result =
        empty
            .agg(
                len(),
                col("v").count().alias("count"),
                col("v").sum().alias("sum"),
                col("f").mean().alias("mean"),
                col("s").min().alias("min"),
                col("s").max().alias("max"),
                col("s").nUnique().alias("n_unique"),
                col("k").first().alias("first"))
            .collect();
    assertThatFrame(result)
        .hasColumns("len", "count", "sum", "mean", "min", "max", "n_unique", "first")
        .hasTypes(INT64, INT64, INT64, FLOAT64, STRING, STRING, INT64, STRING)
        .hasRowsInOrder(row(0L, 0L, null, null, null, null, 0L, null));
  }

  @Test
  @DisplayName("a global aggregation gives exactly one row over all input rows")
  void globalAggregation() {
    var result = sales().agg(col("v").sum(), col("f").max(), col("k").first(), len()).collect();
    assertThatFrame(result).hasRowsInOrder(row(34L, 4.0, "a", 5L));
  }

  @Test
  @DisplayName("grouping empty input by a key gives no rows")
  void keyedAggregationOfEmptyInput() {
    var result = sales().limit(0).groupBy("k").agg(col("v").sum(), len()).collect();
    assertThatFrame(result).hasSchema(schema("k", STRING, "v", INT64, "len", INT64)).hasHeight(0);
  }

  @Test
  @DisplayName("first takes the group's first row in input order, not the smallest value")
  void firstFollowsInputOrder() {
    var input =
        frame(
            schema("k", STRING, "v", STRING),
            row("g", "zeta"),
            row("h", "beta"),
            row("g", "alpha"),
            row("h", "alpha"));
    var result = input.groupBy("k").agg(col("v").first()).collect();
    assertThatFrame(result).hasRowsInAnyOrder(row("g", "zeta"), row("h", "beta"));
  }

  @Test
  @DisplayName("min and max order strings by code point")
  void minMaxStringsByCodePoint() {
    var input = column("s", STRING, "a", "\uD83D\uDE00", "Z", "\u00E9", "\uFF21");
    var result = input.agg(col("s").min().alias("min"), col("s").max().alias("max")).collect();
    assertThatFrame(result).hasRowsInOrder(row("Z", "\uD83D\uDE00"));
  }

  @Test
  @DisplayName("min and max work on timestamps, dates and booleans")
  void minMaxTemporalAndBoolean() {
    var input =
        frame(
            schema("t", TIMESTAMP, "d", DATE, "b", BOOLEAN),
            row(ts("2025-01-31 23:59:59.999999"), day("2024-02-29"), true),
            row(ts("1969-12-31 23:59:59"), day("2025-01-31"), null),
            row(null, null, false));
    var result =
        input
            .agg(
                col("t").min().alias("t_min"),
                col("t").max().alias("t_max"),
                col("d").min().alias("d_min"),
                col("d").max().alias("d_max"),
                col("b").min().alias("b_min"),
                col("b").max().alias("b_max"))
            .collect();
    assertThatFrame(result)
        .hasRowsInOrder(
            row(
                ts("1969-12-31 23:59:59"),
                ts("2025-01-31 23:59:59.999999"),
                day("2024-02-29"),
                day("2025-01-31"),
                false,
                true));
  }

  @Test
  @DisplayName("aggregates take scalar expressions as input")
  void aggregateOfExpression() {
    var result =
        sales()
            .groupBy("k")
            .agg(
                col("v").mul(2L).sum().alias("doubled"),
                col("f").gt(1.0).count().alias("known"),
                col("s").eq("x").first().alias("first_is_x"))
            .collect();
    assertThatFrame(result).hasRowsInAnyOrder(row("a", 8L, 3L, true), row("b", 60L, 1L, false));
  }

  @Test
  @DisplayName("keys of every type group by value")
  void keysOfEveryType() {
    var input =
        frame(
            schema("t", TIMESTAMP, "d", DATE, "b", BOOLEAN, "i", INT32),
            row(ts("2025-01-01 00:00:00.000001"), day("2025-01-01"), true, 1),
            row(ts("2025-01-01 00:00:00"), day("2025-01-01"), true, 1),
            row(ts("2025-01-01 00:00:00.000001"), day("2025-01-01"), true, 1));
    var result = input.groupBy("t", "d", "b", "i").agg(len()).collect();
    assertThatFrame(result)
        .hasRowsInAnyOrder(
            row(ts("2025-01-01 00:00:00.000001"), day("2025-01-01"), true, 1, 2L),
            row(ts("2025-01-01 00:00:00"), day("2025-01-01"), true, 1, 1L));
  }

  @Test
  @DisplayName("groupBy with no aggregates gives the distinct keys")
  void distinctKeys() {
    var result = sales().groupBy("k").agg().collect();
    assertThatFrame(result).hasSchema(schema("k", STRING)).hasRowsInAnyOrder(row("a"), row("b"));
  }

  @Test
  @DisplayName("a sum that overflows INT64 is an error")
  void sumOverflowFails() {
    var input = column("v", INT64, Long.MAX_VALUE, 1L);
    assertThatThrownBy(() -> input.agg(col("v").sum()).collect())
        .isInstanceOf(FrameException.class);
  }
}
