package dev.frameports.tck;

import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.len;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.JoinType;
import dev.frameports.frame.Keep;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.SortKey;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The SQL/Polars null semantics of {@link dev.frameports.frame.Expr}'s class comment, in one place:
 * null propagates through scalar expressions, filters drop it, aggregates skip it, joins never
 * match it, and unique and group-by treat nulls as equal.
 */
public abstract class NullSemanticsContract extends BackendContract {

  private LazyFrame keyed() {
    return frame(
        schema("k", STRING, "v", INT64),
        row("a", null),
        row(null, 1L),
        row("a", 2L),
        row(null, null),
        row("b", null));
  }

  @Test
  @DisplayName("a comparison with null is null, even null = null")
  void comparisonWithNullIsNull() {
    var input = frame(schema("x", INT64, "y", INT64), row(null, null), row(1L, null));
    assertThat(evaluate(input, col("x").eq(col("y")))).containsExactly(null, null);
    assertThat(evaluate(input, col("x").ne(col("y")))).containsExactly(null, null);
    assertThat(evaluate(input, col("y").le(1L))).containsExactly(null, null);
  }

  @Test
  @DisplayName("scalar expressions of null are null: arithmetic, string tests, isIn and casts")
  void scalarExpressionsPropagateNull() {
    var input = frame(schema("s", STRING, "n", INT64), row(null, null));
    var result =
        input
            .select(
                col("n").add(1L).alias("add"),
                col("n").div(2L).alias("div"),
                col("s").contains("x").alias("contains"),
                col("s").matches(".*").alias("matches"),
                col("s").isIn("x").alias("is_in"),
                col("n").cast(STRING).alias("cast"),
                col("s").isNull().alias("is_null"))
            .collect();
    assertThatFrame(result).hasRowsInOrder(row(null, null, null, null, null, null, true));
  }

  @Test
  @DisplayName("filter drops the rows whose predicate is null, and keeps true ones")
  void filterDropsNull() {
    var result = keyed().filter(col("v").ne(1L)).collect();
    assertThatFrame(result).hasRowsInOrder(row("a", 2L));
  }

  @Test
  @DisplayName("count(col) and nUnique skip nulls; len counts every row")
  void countsSkipNulls() {
    var result =
        keyed()
            .agg(
                col("v").count().alias("count_v"),
                col("k").count().alias("count_k"),
                col("k").nUnique().alias("distinct_k"),
                len())
            .collect();
    assertThatFrame(result).hasRowsInOrder(row(2L, 3L, 2L, 5L));
  }

  @Test
  @DisplayName("sum, mean, min and max skip nulls and are null when nothing is left")
  void aggregatesOfNothingAreNull() {
    var allNull = column("v", FLOAT64, null, null);
    var result =
        allNull
            .agg(
                col("v").sum().alias("sum"),
                col("v").mean().alias("mean"),
                col("v").min().alias("min"),
                col("v").max().alias("max"),
                col("v").count().alias("count"),
                col("v").nUnique().alias("n_unique"),
                len())
            .collect();
    assertThatFrame(result).hasRowsInOrder(row(null, null, null, null, 0L, 0L, 2L));
  }

  @Test
  @DisplayName("sum of no rows is null while count and len of no rows are 0")
  void aggregatesOfNoRows() {
    var empty = keyed().filter(col("v").gt(100L));
    var result =
        empty
            .agg(
                col("v").sum().alias("sum"),
                col("v").count().alias("count"),
                col("k").nUnique().alias("n_unique"),
                len())
            .collect();
    assertThatFrame(result).hasRowsInOrder(row(null, 0L, 0L, 0L));
  }

  @Test
  @DisplayName("first is the first row's value in input order, even when it is null")
  void firstIncludesNull() {
    var result = keyed().groupBy("k").agg(col("v").first()).collect();
    assertThatFrame(result).hasRowsInAnyOrder(row("a", null), row(null, 1L), row("b", null));
  }

  @Test
  @DisplayName("a null group-by key forms its own group")
  void nullKeyIsAGroup() {
    var result = keyed().groupBy("k").agg(col("v").sum(), len()).collect();
    assertThatFrame(result)
        .hasRowsInAnyOrder(row("a", 2L, 2L), row(null, 1L, 2L), row("b", null, 1L));
  }

  @Test
  @DisplayName("joins never match null keys, not even null with null")
  void joinsNeverMatchNull() {
    var left = frame(schema("k", STRING, "l", INT64), row("a", 1L), row(null, 2L));
    var right = frame(schema("k", STRING, "r", INT64), row("a", 10L), row(null, 20L));
    assertThatFrame(left.join(right, List.of("k"), JoinType.INNER).collect())
        .hasRowsInAnyOrder(row("a", 1L, 10L));
    assertThatFrame(left.join(right, List.of("k"), JoinType.LEFT).collect())
        .hasRowsInAnyOrder(row("a", 1L, 10L), row(null, 2L, null));
    assertThatFrame(left.join(right, List.of("k"), JoinType.ANTI).collect())
        .hasRowsInAnyOrder(row(null, 2L));
  }

  @Test
  @DisplayName("unique treats nulls as equal to each other")
  void uniqueTreatsNullsAsEqual() {
    var result = keyed().unique(List.of("k"), Keep.FIRST).collect();
    assertThatFrame(result).hasRowsInOrder(row("a", null), row(null, 1L), row("b", null));
    var rows =
        frame(schema("k", STRING, "v", INT64), row(null, null), row(null, null), row(null, 1L));
    assertThatFrame(rows.unique().collect()).hasRowsInOrder(row(null, null), row(null, 1L));
  }

  @Test
  @DisplayName("sort puts nulls last by default, in both directions")
  void sortNullsLastByDefault() {
    var input = column("v", INT64, null, 2L, 1L);
    assertThatFrame(input.sort("v").collect()).hasColumnValues("v", 1L, 2L, null);
    assertThatFrame(input.sort(SortKey.desc("v")).collect()).hasColumnValues("v", 2L, 1L, null);
  }
}
