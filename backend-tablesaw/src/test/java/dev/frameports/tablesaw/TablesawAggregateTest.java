package dev.frameports.tablesaw;

import static dev.frameports.frame.Expr.col;
import static dev.frameports.tablesaw.TestColumns.column;
import static dev.frameports.tablesaw.TestColumns.frame;
import static dev.frameports.tablesaw.TestColumns.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;
import dev.frameports.frame.Expr;
import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the hash aggregation")
class TablesawAggregateTest {
  private final TablesawFrame input =
      frame(
          List.of("k", "v"),
          column(DataType.STRING, "x", null, "", "x", null),
          column(DataType.INT32, null, 2, 3, 4, 2));

  @Test
  @DisplayName("groups null keys together, apart from the empty string, in first-seen order")
  void groupsNullKeys() {
    TablesawAggregate.Groups groups =
        TablesawAggregate.group(List.of(input.column("k")), input.rowCount());
    assertThat(groups.groupOfRow()).containsExactly(0, 1, 2, 0, 1);
    assertThat(groups.firstRow()).containsExactly(0, 1, 2);
  }

  @Test
  @DisplayName("computes every aggregate with the documented null rules")
  void computesAggregates() {
    List<Expr> aggs =
        List.of(
            col("v").sum().alias("sum"),
            col("v").count().alias("count"),
            col("v").nUnique().alias("unique"),
            col("v").first().alias("first"),
            col("v").min().alias("min"),
            col("v").mean().alias("mean"),
            Expr.len());
    Schema schema =
        Schema.of(
            Field.of("k", DataType.STRING),
            Field.of("sum", DataType.INT64),
            Field.of("count", DataType.INT64),
            Field.of("unique", DataType.INT64),
            Field.of("first", DataType.INT32),
            Field.of("min", DataType.INT32),
            Field.of("mean", DataType.FLOAT64),
            Field.of("len", DataType.INT64));
    TablesawFrame result = TablesawAggregate.aggregate(input, List.of("k"), aggs, schema);
    assertThat(values(result.column("k"))).containsExactly("x", null, "");
    assertThat(values(result.column("sum"))).containsExactly(4L, 4L, 3L);
    assertThat(values(result.column("count"))).containsExactly(1L, 2L, 1L);
    assertThat(values(result.column("unique"))).containsExactly(1L, 1L, 1L);
    assertThat(values(result.column("first"))).containsExactly(null, 2, 3);
    assertThat(values(result.column("min"))).containsExactly(4, 2, 3);
    assertThat(values(result.column("mean"))).containsExactly(4.0, 2.0, 3.0);
    assertThat(values(result.column("len"))).containsExactly(2L, 2L, 1L);
  }

  @Test
  @DisplayName("gives one row for a global aggregate of no rows")
  void globalAggregateOfNothing() {
    TablesawFrame empty = frame(List.of("v"), column(DataType.INT64));
    Schema schema =
        Schema.of(
            Field.of("v", DataType.INT64),
            Field.of("len", DataType.INT64),
            Field.of("first", DataType.INT64));
    TablesawFrame result =
        TablesawAggregate.aggregate(
            empty,
            List.of(),
            List.of(col("v").sum(), Expr.len(), col("v").first().alias("first")),
            schema);
    assertThat(result.rowCount()).isEqualTo(1);
    assertThat(result.toFrame().row(0)).containsExactly(null, 0L, null);
  }

  @Test
  @DisplayName("sums integers exactly and fails on overflow, but means do not overflow")
  void sumOverflows() {
    TablesawFrame big = frame(List.of("v"), column(DataType.INT64, Long.MAX_VALUE, Long.MAX_VALUE));
    Schema sum = Schema.of(Field.of("v", DataType.INT64));
    assertThatThrownBy(
            () -> TablesawAggregate.aggregate(big, List.of(), List.of(col("v").sum()), sum))
        .isInstanceOf(EvaluationException.class)
        .hasMessageContaining("overflow");
    Schema mean = Schema.of(Field.of("v", DataType.FLOAT64));
    TablesawFrame result =
        TablesawAggregate.aggregate(big, List.of(), List.of(col("v").mean()), mean);
    assertThat(values(result.column("v"))).containsExactly((double) Long.MAX_VALUE);
  }
}
