package dev.frameports.tck;

import static dev.frameports.frame.DataType.BOOLEAN;
import static dev.frameports.frame.DataType.DATE;
import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT32;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.Expr;
import dev.frameports.frame.LazyFrame;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Boolean logic: Kleene {@code and}/{@code or}/{@code not}, {@code isNull}/{@code isNotNull} (never
 * null), {@code isIn} and the explicit pandas-style inequality.
 */
public abstract class LogicContract extends BackendContract {

  /** All nine pairs of true, false and null, as columns {@code p} and {@code q}. */
  private LazyFrame truthTable() {
    return frame(
        schema("p", BOOLEAN, "q", BOOLEAN),
        row(true, true),
        row(true, false),
        row(true, null),
        row(false, true),
        row(false, false),
        row(false, null),
        row(null, true),
        row(null, false),
        row(null, null));
  }

  @Test
  @DisplayName("and follows the three-valued truth table: false and null is false")
  void andTruthTable() {
    assertThat(evaluate(truthTable(), col("p").and(col("q"))))
        .containsExactly(true, false, null, false, false, false, null, false, null);
  }

  @Test
  @DisplayName("or follows the three-valued truth table: true or null is true")
  void orTruthTable() {
    assertThat(evaluate(truthTable(), col("p").or(col("q"))))
        .containsExactly(true, true, true, true, false, null, true, null, null);
  }

  @Test
  @DisplayName("not negates and keeps null")
  void notKeepsNull() {
    assertThat(evaluate(column("p", BOOLEAN, true, false, null), col("p").not()))
        .containsExactly(false, true, null);
  }

  @Test
  @DisplayName("Expr.all chains conjunctions with the same truth table")
  void allIsAConjunction() {
    var input =
        frame(
            schema("p", BOOLEAN, "q", BOOLEAN, "r", BOOLEAN),
            row(true, true, true),
            row(true, null, true),
            row(true, null, false),
            row(null, null, null));
    assertThat(evaluate(input, Expr.all(col("p"), col("q"), col("r"))))
        .containsExactly(true, null, false, null);
  }

  @Test
  @DisplayName("isNull and isNotNull are true or false, never null, for every type")
  void isNullNeverNull() {
    var input =
        frame(
            schema("s", STRING, "n", INT64, "b", BOOLEAN, "d", DATE),
            row("x", null, false, null),
            row(null, 1L, null, day("2024-02-29")),
            row("", 0L, true, null));
    var result =
        input
            .select(
                col("s").isNull(),
                col("n").isNull(),
                col("b").isNotNull(),
                col("d").isNotNull(),
                col("n").gt(0L).isNull().alias("cmp_is_null"))
            .collect();
    assertThatFrame(result)
        .hasTypes(BOOLEAN, BOOLEAN, BOOLEAN, BOOLEAN, BOOLEAN)
        .hasRowsInOrder(
            row(false, true, true, false, true),
            row(true, false, false, true, false),
            row(false, false, true, false, false));
  }

  @Test
  @DisplayName("isIn tests membership; a null input gives null")
  void isInMembership() {
    var input = column("s", STRING, "idle", "busy", null, "Idle");
    assertThat(evaluate(input, col("s").isIn("idle", "down")))
        .containsExactly(true, false, null, false);
    assertThat(evaluate(input, col("s").isIn(List.of("busy"))))
        .containsExactly(false, true, null, false);
  }

  @Test
  @DisplayName("isIn mixes number types by value")
  void isInMixesNumbers() {
    var input =
        frame(schema("l", INT64, "f", FLOAT64, "i", INT32), row(2L, 2.0, 2), row(3L, 2.5, 5));
    assertThat(evaluate(input, col("l").isIn(1, 2))).containsExactly(true, false);
    assertThat(evaluate(input, col("f").isIn(2L, 2.25))).containsExactly(true, false);
    assertThat(evaluate(input, col("i").isIn(5L, 7.0))).containsExactly(false, true);
  }

  @Test
  @DisplayName("isIn with no values is false, and null for a null input")
  void isInEmptyList() {
    var input = column("n", INT64, 1L, null);
    assertThat(evaluate(input, col("n").isIn(List.of()))).containsExactly(false, null);
  }

  @Test
  @DisplayName("ne is null for null, and isNull().or(ne(\"\")) spells pandas' NULL != \"\"")
  void pandasStyleInequality() {
    var input = column("pp", STRING, "x", "", null);
    assertThat(evaluate(input, col("pp").ne(""))).containsExactly(true, false, null);
    assertThat(evaluate(input, col("pp").isNull().or(col("pp").ne(""))))
        .containsExactly(true, false, true);
    var kept = input.filter(col("pp").isNull().or(col("pp").ne(""))).collect();
    assertThatFrame(kept).hasColumnValues("pp", "x", null);
  }
}
