package dev.frameports.tck;

import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.len;
import static dev.frameports.frame.Expr.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.Expr;
import dev.frameports.frame.JoinType;
import dev.frameports.frame.Keep;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.PlanException;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Errors: bad plans are {@link PlanException}s raised before any data is read, bad files are {@link
 * SourceException}s; every message names the offending column, expression or file.
 */
public abstract class ErrorContract extends BackendContract {

  private LazyFrame input() {
    return frame(
        schema("host", STRING, "load", FLOAT64, "seen", TIMESTAMP),
        row("h1", 0.5, ts("2025-01-01 00:00:00")));
  }

  private static void assertPlanError(ThrowingCallable call, String... fragments) {
    var assertion = assertThatThrownBy(call).isInstanceOf(PlanException.class);
    for (String fragment : fragments) {
      assertion.hasMessageContaining(fragment);
    }
  }

  @Test
  @DisplayName("an unknown column names itself and the available columns, in every verb")
  void unknownColumn() {
    List<Function<LazyFrame, LazyFrame>> verbs =
        List.of(
            f -> f.select("gpu"),
            f -> f.filter(col("gpu").gt(1L)),
            f -> f.withColumns(col("gpu").alias("x")),
            f -> f.sort("gpu"),
            f -> f.groupBy("gpu").agg(len()),
            f -> f.agg(col("gpu").sum()),
            f -> f.unique(List.of("gpu"), Keep.FIRST),
            f -> f.join(input(), List.of("gpu"), JoinType.INNER));
    for (Function<LazyFrame, LazyFrame> verb : verbs) {
      LazyFrame bad = verb.apply(input());
      assertPlanError(bad::collect, "gpu", "host", "load", "seen");
    }
  }

  @Test
  @DisplayName("plan errors come from schema() and explain() too, not only from collect()")
  void planErrorsEverywhere() {
    LazyFrame bad = input().select(col("gpu"));
    assertPlanError(bad::schema, "gpu");
    assertPlanError(bad::explain, "gpu");
    Path never = temporaryDirectory().resolve("never.csv");
    assertPlanError(() -> bad.sinkCsv(never), "gpu");
    assertThat(never).doesNotExist();
  }

  @Test
  @DisplayName("operands of the wrong type are PlanExceptions naming the expression")
  void typeMismatch() {
    assertPlanError(() -> input().select(col("host").add(1L)).collect(), "host");
    assertPlanError(() -> input().filter(col("host").gt(1L)).collect(), "host");
    assertPlanError(() -> input().filter(col("load")).collect(), "FLOAT64");
    assertPlanError(() -> input().select(col("load").and(col("host").isNull())).collect(), "load");
    assertPlanError(() -> input().select(col("load").contains("1")).collect(), "load");
    assertPlanError(
        () -> input().select(col("host").truncate(Duration.ofHours(1))).collect(), "host");
    assertPlanError(() -> input().select(col("host").isIn(1L, 2L)).collect(), "host");
    assertPlanError(() -> input().agg(col("host").sum()).collect(), "host");
    assertPlanError(() -> input().agg(col("seen").mean()).collect(), "seen");
    Expr mixed = when(col("load").gt(1.0)).then(col("host")).otherwise(col("load"));
    assertPlanError(() -> input().select(mixed).collect(), "STRING", "FLOAT64");
  }

  @Test
  @DisplayName("an aggregate outside groupBy(..).agg(..) is a PlanException")
  void aggregateOutsideAgg() {
    assertPlanError(() -> input().select(col("load").sum()).collect(), "load");
    assertPlanError(() -> input().withColumns(len()).collect(), "len");
    assertPlanError(() -> input().filter(col("load").max().gt(1.0)).collect(), "load");
    assertPlanError(() -> input().agg(col("load")).collect(), "load");
    assertPlanError(() -> input().agg(col("load").sum().add(1.0)).collect(), "load");
  }

  @Test
  @DisplayName("an invalid regular expression is a PlanException quoting it")
  void invalidRegex() {
    assertPlanError(() -> input().filter(col("host").matches("h(1")).collect(), "h(1");
    assertPlanError(() -> input().filter(col("host").matches("[a-")).collect(), "[a-");
  }

  @Test
  @DisplayName("a missing file is a SourceException naming it")
  void missingFile() {
    Path missing = temporaryDirectory().resolve("missing.csv");
    assertThatThrownBy(() -> Source.csv(missing.toString(), schema("n", INT64)))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("missing.csv");
    assertThatThrownBy(() -> Source.sqliteTable(List.of(missing), "t"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("missing.csv");
  }

  @Test
  @DisplayName("a glob that matches nothing is a SourceException naming the pattern")
  void globMatchesNothing() {
    String inMissingDirectory = temporaryDirectory().resolve("nowhere") + "/*.csv";
    assertThatThrownBy(() -> Source.csv(inMissingDirectory, schema("n", INT64)))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("nowhere");
    String noMatch = temporaryDirectory() + "/*.parquet";
    assertThatThrownBy(() -> Source.parquet(noMatch))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("*.parquet");
  }

  @Test
  @DisplayName("a plan error is raised before any data is read")
  void planErrorBeforeData() throws IOException {
    Path file = Files.writeString(temporaryDirectory().resolve("bad.csv"), "n\nnot a number\n");
    LazyFrame scan = backend().scan(Source.csv(file.toString(), schema("n", INT64)));
    assertPlanError(() -> scan.select(col("n"), col("gpu")).collect(), "gpu");
  }
}
