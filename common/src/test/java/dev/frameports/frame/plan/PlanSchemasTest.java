package dev.frameports.frame.plan;

import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.len;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.JoinType;
import dev.frameports.frame.Keep;
import dev.frameports.frame.PlanException;
import dev.frameports.frame.Schema;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.source.SourceSchemas;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanSchemasTest {
  private static final Schema GPUS =
      Schema.of(
          Field.of("gpu", DataType.STRING),
          Field.of("host", DataType.STRING),
          Field.of("mb", DataType.INT64));
  private static final Schema HOSTS =
      Schema.of(Field.of("host", DataType.STRING), Field.of("mb", DataType.INT32));

  private final PlanSchemas schemas = new PlanSchemas(s -> SourceSchemas.of(s).orElseThrow());

  private static Plan scan(Schema schema) {
    return new Plan.Scan(Source.of(Frame.empty(schema)));
  }

  @Test
  @DisplayName("withColumns replaces a same-named column in place and appends new ones")
  void withColumnsReplacesAndAppends() {
    Plan plan =
        new Plan.WithColumns(
            scan(GPUS), List.of(col("mb").cast(DataType.FLOAT64), col("mb").gt(0).alias("big")));
    assertThat(schemas.schemaOf(plan).names()).containsExactly("gpu", "host", "mb", "big");
    assertThat(schemas.schemaOf(plan).field("mb").type()).isEqualTo(DataType.FLOAT64);
  }

  @Test
  @DisplayName("an aggregate gives the keys then the aggregates")
  void aggregateSchema() {
    Plan plan =
        new Plan.Aggregate(scan(GPUS), List.of("host"), List.of(col("gpu").nUnique(), len()));
    assertThat(schemas.schemaOf(plan))
        .isEqualTo(
            Schema.of(
                Field.of("host", DataType.STRING),
                Field.of("gpu", DataType.INT64),
                Field.of("len", DataType.INT64)));
  }

  @Test
  @DisplayName("a join suffixes right columns whose names the left side has")
  void joinSuffix() {
    Plan plan =
        new Plan.Join(
            scan(GPUS),
            scan(Schema.of(Field.of("host", DataType.STRING), Field.of("mb", DataType.INT64))),
            List.of("host"),
            List.of("host"),
            JoinType.LEFT);
    assertThat(schemas.schemaOf(plan).names()).containsExactly("gpu", "host", "mb", "mb_right");
  }

  @Test
  @DisplayName("join keys of different types are a plan error naming both keys")
  void joinKeyTypes() {
    Plan plan =
        new Plan.Join(scan(GPUS), scan(HOSTS), List.of("mb"), List.of("mb"), JoinType.INNER);
    assertThatThrownBy(() -> schemas.schemaOf(plan))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("'mb' (INT64)")
        .hasMessageContaining("(INT32)");
  }

  @Test
  @DisplayName("unknown sort, unique and group keys are plan errors")
  void unknownKeys() {
    assertThatThrownBy(
            () ->
                schemas.schemaOf(
                    new Plan.Sort(scan(GPUS), List.of(dev.frameports.frame.SortKey.asc("x")))))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("'x'");
    assertThatThrownBy(
            () -> schemas.schemaOf(new Plan.Unique(scan(GPUS), List.of("y"), Keep.FIRST)))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("'y'");
    assertThatThrownBy(
            () -> schemas.schemaOf(new Plan.Aggregate(scan(GPUS), List.of("z"), List.of(len()))))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("'z'");
  }

  @Test
  @DisplayName("concat needs equal schemas and a filter a boolean predicate")
  void concatAndFilter() {
    assertThatThrownBy(() -> schemas.schemaOf(new Plan.Concat(List.of(scan(GPUS), scan(HOSTS)))))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("equal schemas");
    assertThatThrownBy(() -> schemas.schemaOf(new Plan.Filter(scan(GPUS), col("mb"))))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("BOOLEAN");
  }

  @Test
  @DisplayName("the printer shows one node per line, inputs indented")
  void printer() {
    Plan plan = new Plan.Limit(new Plan.Filter(scan(GPUS), col("mb").gt(0L)), 5);
    assertThat(PlanPrinter.print(plan))
        .isEqualTo(
            "LIMIT 5\n  FILTER (col(\"mb\") > 0L)\n    SCAN memory 0 rows [gpu: STRING, host: STRING, mb: INT64]\n");
  }
}
