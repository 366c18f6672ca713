package dev.frameports.tck;

import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT32;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.when;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.Expr;
import dev.frameports.frame.LazyFrame;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code when(..).then(..).otherwise(..)}: the first branch whose condition is true wins; a null
 * condition is not taken; branch types promote like arithmetic operands.
 */
public abstract class WhenContract extends BackendContract {

  private LazyFrame numbers() {
    return column("n", INT64, 5L, -2L, 0L, null);
  }

  @Test
  @DisplayName("the first branch whose condition is true wins, else otherwise")
  void firstTrueBranchWins() {
    Expr sign =
        when(col("n").gt(0L)).then("pos").when(col("n").lt(0L)).then("neg").otherwise("zero");
    assertThat(evaluate(numbers(), sign)).containsExactly("pos", "neg", "zero", "zero");
  }

  @Test
  @DisplayName("a branch whose condition is null is not taken")
  void nullConditionIsNotTaken() {
    Expr flag = when(col("n").ge(0L)).then(1L).otherwise(2L);
    assertThat(evaluate(numbers(), flag)).containsExactly(1L, 2L, 1L, 2L);
    Expr negated = when(col("n").ge(0L).not()).then(1L).otherwise(2L);
    assertThat(evaluate(numbers(), negated)).containsExactly(2L, 1L, 2L, 2L);
  }

  @Test
  @DisplayName("earlier branches win over later ones that are also true")
  void earlierBranchWins() {
    Expr size =
        when(col("n").gt(1L)).then("big").when(col("n").gt(-10L)).then("small").otherwise("none");
    assertThat(evaluate(numbers(), size)).containsExactly("big", "small", "small", "none");
  }

  @Test
  @DisplayName("otherwiseNull gives a null of the requested type")
  void otherwiseNull() {
    Expr positive = when(col("n").gt(0L)).then(col("n")).otherwiseNull(INT64);
    var result = numbers().select(positive).collect();
    assertThatFrame(result)
        .hasSchema(schema("n", INT64))
        .hasColumnValues("n", 5L, null, null, null);
  }

  @Test
  @DisplayName("branch values are evaluated per row and named after the first branch's value")
  void branchValuesAreColumns() {
    var input = frame(schema("a", INT64, "b", INT64), row(1L, 10L), row(20L, 2L), row(null, 3L));
    Expr max = when(col("a").ge(col("b"))).then(col("a")).otherwise(col("b"));
    var result = input.select(max).collect();
    assertThatFrame(result).hasSchema(schema("a", INT64)).hasColumnValues("a", 10L, 20L, 3L);
  }

  @Test
  @DisplayName("INT32 and INT64 branches give INT64; an integer and a FLOAT64 give FLOAT64")
  void branchTypesPromote() {
    var input = column("n", INT32, 1, -1);
    Expr widened = when(col("n").gt(0)).then(col("n")).otherwise(100L).alias("widened");
    Expr floated = when(col("n").gt(0)).then(0.5).otherwise(col("n")).alias("floated");
    var result = input.select(widened, floated).collect();
    assertThatFrame(result).hasTypes(INT64, FLOAT64).hasRowsInOrder(row(1L, 0.5), row(100L, -1.0));
  }

  @Test
  @DisplayName("a null literal branch value yields null where it is chosen")
  void nullBranchValue() {
    Expr labelled = when(col("n").eq(0L)).then(Expr.nullLit(STRING)).otherwise("non-zero");
    assertThat(evaluate(numbers(), labelled))
        .containsExactly("non-zero", "non-zero", null, "non-zero");
  }
}
