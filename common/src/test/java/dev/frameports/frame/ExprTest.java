package dev.frameports.frame;

import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.len;
import static dev.frameports.frame.Expr.lit;
import static dev.frameports.frame.Expr.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExprTest {
  private static final Schema SCHEMA =
      Schema.of(
          Field.of("State", DataType.STRING),
          Field.of("n", DataType.INT32),
          Field.of("big", DataType.INT64),
          Field.of("x", DataType.FLOAT64),
          Field.of("ts", DataType.TIMESTAMP));

  @Test
  @DisplayName("expressions are values: equal trees are equal records")
  void structuralEquality() {
    assertThat(col("a").eq("x").and(col("b").isNull()))
        .isEqualTo(col("a").eq("x").and(col("b").isNull()));
    assertThat(col("a").eq("x")).isNotEqualTo(col("a").eq("y"));
  }

  @Test
  @DisplayName("output names follow the alias, else the leftmost column")
  void outputNames() {
    assertThat(col("n").add(1).outputName()).isEqualTo("n");
    assertThat(col("n").add(1).alias("m").outputName()).isEqualTo("m");
    assertThat(lit(3).outputName()).isEqualTo("literal");
    assertThat(len().outputName()).isEqualTo("len");
    assertThat(col("x").sum().outputName()).isEqualTo("x");
    assertThat(when(col("n").gt(1)).then(col("State")).otherwise("none").outputName())
        .isEqualTo("State");
  }

  @Test
  @DisplayName("integer arithmetic keeps the widest integer type, division is always FLOAT64")
  void arithmeticTypes() {
    assertThat(ExprTypes.scalarType(col("n").add(col("n")), SCHEMA)).isEqualTo(DataType.INT32);
    assertThat(ExprTypes.scalarType(col("n").add(col("big")), SCHEMA)).isEqualTo(DataType.INT64);
    assertThat(ExprTypes.scalarType(col("n").mul(col("x")), SCHEMA)).isEqualTo(DataType.FLOAT64);
    assertThat(ExprTypes.scalarType(col("n").div(2), SCHEMA)).isEqualTo(DataType.FLOAT64);
  }

  @Test
  @DisplayName("aggregate types: sums widen to INT64, means are FLOAT64, counts INT64")
  void aggregateTypes() {
    assertThat(ExprTypes.aggregateType(col("n").sum(), SCHEMA)).isEqualTo(DataType.INT64);
    assertThat(ExprTypes.aggregateType(col("n").mean(), SCHEMA)).isEqualTo(DataType.FLOAT64);
    assertThat(ExprTypes.aggregateType(col("State").nUnique(), SCHEMA)).isEqualTo(DataType.INT64);
    assertThat(ExprTypes.aggregateType(col("ts").max().alias("last"), SCHEMA))
        .isEqualTo(DataType.TIMESTAMP);
  }

  @Test
  @DisplayName("an unknown column is an error that names it and lists the columns")
  void unknownColumn() {
    assertThatThrownBy(() -> ExprTypes.scalarType(col("nope").eq(1), SCHEMA))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("'nope'")
        .hasMessageContaining("State");
  }

  @Test
  @DisplayName("type mismatches and misplaced aggregates are plan errors")
  void typeErrors() {
    assertThatThrownBy(() -> ExprTypes.scalarType(col("State").gt(3), SCHEMA))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("cannot compare STRING with INT32");
    assertThatThrownBy(() -> ExprTypes.scalarType(col("n").contains("x"), SCHEMA))
        .isInstanceOf(PlanException.class);
    assertThatThrownBy(() -> ExprTypes.scalarType(col("n").sum(), SCHEMA))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("only allowed in groupBy");
    assertThatThrownBy(() -> ExprTypes.scalarType(col("State").matches("(unclosed"), SCHEMA))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("(unclosed");
    assertThatThrownBy(() -> ExprTypes.scalarType(col("x").cast(DataType.STRING), SCHEMA))
        .isInstanceOf(PlanException.class);
  }

  @Test
  @DisplayName("literals widen small Java numbers and truncate timestamps to microseconds")
  void literals() {
    assertThat(lit(1.5f)).isEqualTo(new Expr.Lit(1.5, DataType.FLOAT64));
    assertThat(lit((short) 3)).isEqualTo(new Expr.Lit(3, DataType.INT32));
    assertThat(((Expr.Lit) lit(LocalDateTime.parse("2025-01-01T00:00:00.123456789"))).value())
        .isEqualTo(LocalDateTime.parse("2025-01-01T00:00:00.123456"));
    assertThatThrownBy(() -> lit(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("truncate needs a positive whole number of microseconds")
  void truncateArgument() {
    assertThat(((Expr.Truncate) col("ts").truncate(Duration.ofMinutes(15))).everyMicros())
        .isEqualTo(900_000_000L);
    assertThatThrownBy(() -> col("ts").truncate(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> col("ts").truncate(Duration.ofNanos(1500)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the printer renders a readable predicate")
  void printing() {
    assertThat(
            ExprPrinter.print(
                col("State").eq("Claimed").and(col("Name").contains("backfill").not())))
        .isEqualTo("((col(\"State\") = \"Claimed\") AND NOT col(\"Name\").contains(\"backfill\"))");
  }
}
