package dev.frameports.tck;

import static dev.frameports.frame.DataType.BOOLEAN;
import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT32;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.lit;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.Expr;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.PlanException;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SortKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code select}, {@code withColumns} and {@code withRowIndex}: output columns, their names and
 * positions, and the input order of rows.
 */
public abstract class SelectContract extends BackendContract {
  private static final Schema SCHEMA = schema("a", INT64, "b", STRING, "c", FLOAT64);

  private LazyFrame input() {
    return frame(SCHEMA, row(1L, "x", 0.5), row(2L, null, 1.5), row(3L, "z", null));
  }

  @Test
  @DisplayName("select by name keeps exactly the named columns, in the order asked for")
  void selectByNameReorders() {
    var result = input().select("c", "a").collect();
    assertThatFrame(result)
        .hasSchema(schema("c", FLOAT64, "a", INT64))
        .hasRowsInOrder(row(0.5, 1L), row(1.5, 2L), row(null, 3L));
  }

  @Test
  @DisplayName("select computes expressions, each named by its output name")
  void selectComputesExpressions() {
    var result =
        input()
            .select(col("a").mul(10L), col("b").isNull(), col("a").add(col("c")).alias("sum"))
            .collect();
    assertThatFrame(result)
        .hasSchema(schema("a", INT64, "b", BOOLEAN, "sum", FLOAT64))
        .hasRowsInOrder(row(10L, false, 1.5), row(20L, true, 3.5), row(30L, false, null));
  }

  @Test
  @DisplayName("a literal in select is repeated on every row and named 'literal'")
  void literalIsBroadcast() {
    var result = input().select(col("a"), lit(7)).collect();
    assertThatFrame(result)
        .hasSchema(schema("a", INT64, "literal", INT32))
        .hasRowsInOrder(row(1L, 7), row(2L, 7), row(3L, 7));
  }

  @Test
  @DisplayName("output names follow the left operand, the input of a cast and the alias")
  void outputNamesFollowTheLeftOperand() {
    var result =
        input()
            .select(
                col("c").sub(col("a")),
                col("b").contains("x").alias("has_x"),
                col("a").cast(STRING).alias("a_text"),
                lit(1L).add(col("a")))
            .collect();
    assertThatFrame(result).hasColumns("c", "has_x", "a_text", "literal");
  }

  @Test
  @DisplayName("selecting two expressions with the same output name is a PlanException")
  void duplicateSelectNamesFail() {
    Expr first = col("a").alias("twice");
    Expr second = col("c").alias("twice");
    assertThatThrownBy(() -> input().select(first, second).collect())
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("twice");
  }

  @Test
  @DisplayName("withColumns replaces a same-named column in place, even with another type")
  void withColumnsReplacesInPlace() {
    var result = input().withColumns(col("a").cast(STRING)).collect();
    assertThatFrame(result)
        .hasSchema(schema("a", STRING, "b", STRING, "c", FLOAT64))
        .hasRowsInOrder(row("1", "x", 0.5), row("2", null, 1.5), row("3", "z", null));
  }

  @Test
  @DisplayName("withColumns appends new columns in the order given")
  void withColumnsAppends() {
    var result =
        input()
            .withColumns(col("a").mul(2L).alias("double"), col("c").gt(1.0).alias("big"))
            .collect();
    assertThatFrame(result)
        .hasSchema(schema("a", INT64, "b", STRING, "c", FLOAT64, "double", INT64, "big", BOOLEAN))
        .hasRowsInOrder(
            row(1L, "x", 0.5, 2L, false),
            row(2L, null, 1.5, 4L, true),
            row(3L, "z", null, 6L, null));
  }

  @Test
  @DisplayName("withColumns evaluates every expression on the input, not on each other's results")
  void withColumnsSeesTheInput() {
    var result =
        input().withColumns(col("a").add(100L), col("a").alias("old_a")).select("a", "old_a");
    assertThatFrame(result.collect()).hasRowsInOrder(row(101L, 1L), row(102L, 2L), row(103L, 3L));
  }

  @Test
  @DisplayName("withColumns with two expressions of the same output name is a PlanException")
  void withColumnsDuplicateNamesFail() {
    Expr first = col("c").mul(2.0).alias("doubled");
    Expr second = col("a").alias("doubled");
    assertThatThrownBy(() -> input().withColumns(first, second).collect())
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("doubled");
  }

  @Test
  @DisplayName("withRowIndex prepends an INT64 row number from 0 in input order")
  void withRowIndexPrepends() {
    var result = input().withRowIndex("i").collect();
    assertThatFrame(result)
        .hasSchema(schema("i", INT64, "a", INT64, "b", STRING, "c", FLOAT64))
        .hasColumnValues("i", 0L, 1L, 2L)
        .hasColumnValues("a", 1L, 2L, 3L);
  }

  @Test
  @DisplayName("withRowIndex numbers the rows that reach it, after a filter")
  void withRowIndexAfterFilter() {
    var result =
        frame(schema("s", STRING), row("p"), row("q"), row("r"), row("s"))
            .filter(col("s").ne("q"))
            .withRowIndex("n")
            .collect();
    assertThatFrame(result).hasRowsInOrder(row(0L, "p"), row(1L, "r"), row(2L, "s"));
  }

  @Test
  @DisplayName("withRowIndex after a sort numbers the rows in sorted order")
  void withRowIndexAfterSort() {
    var result = input().sort(SortKey.desc("c").nullsFirst()).withRowIndex("rank").collect();
    assertThatFrame(result).hasColumnValues("rank", 0L, 1L, 2L).hasColumnValues("a", 3L, 2L, 1L);
  }

  @Test
  @DisplayName("withRowIndex with a name already in the input is a PlanException")
  void withRowIndexNameClash() {
    LazyFrame withPosition = input().withColumns(lit(1).alias("position"));
    assertThatThrownBy(() -> withPosition.withRowIndex("position").collect())
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("position");
  }
}
