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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.FrameException;
import dev.frameports.frame.JoinType;
import dev.frameports.frame.Keep;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.SortKey;
import dev.frameports.frame.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code explain()} describes a plan without running it; {@code schema()} resolves the output
 * schema without running it and agrees with what {@code collect()} returns.
 */
public abstract class ExplainAndSchemaContract extends BackendContract {

  /** A plan through most verbs: filter, withColumns, join, aggregate, sort, unique, limit. */
  private LazyFrame multiStep() {
    var snapshots =
        frame(
            schema("host", STRING, "gpu", INT32, "ts", TIMESTAMP, "load", FLOAT64),
            row("h1", 0, ts("2025-01-31 23:50:00"), 0.5),
            row("h1", 1, ts("2025-01-31 23:59:59.999999"), 1.0),
            row("h2", 0, ts("2025-02-01 00:05:00"), null),
            row("h2", 0, ts("2025-02-01 00:20:00"), 0.25));
    var owners = frame(schema("host", STRING, "owner", STRING), row("h1", "ann"));
    return snapshots
        .filter(col("load").isNull().or(col("load").lt(2.0)))
        .withColumns(
            col("ts").truncate(Duration.ofMinutes(15)).alias("bucket"),
            col("ts").date().alias("day"),
            col("load").gt(0.4).alias("busy"))
        .join(owners, List.of("host"), JoinType.LEFT)
        .groupBy("owner", "day", "bucket")
        .agg(
            len(),
            col("busy").count().alias("known"),
            col("load").mean().alias("mean_load"),
            col("gpu").sum().alias("gpus"),
            col("host").first())
        .sort(SortKey.asc("bucket"), SortKey.desc("owner").nullsFirst())
        .unique(List.of("owner", "day"), Keep.LAST)
        .withRowIndex("rank")
        .limit(10);
  }

  @Test
  @DisplayName("schema() of a multi-step plan is the schema its collect() returns")
  void schemaMatchesCollect() {
    LazyFrame plan = multiStep();
    var expected =
        schema(
            "rank",
            INT64,
            "owner",
            STRING,
            "day",
            DATE,
            "bucket",
            TIMESTAMP,
            "len",
            INT64,
            "known",
            INT64,
            "mean_load",
            FLOAT64,
            "gpus",
            INT64,
            "host",
            STRING);
    assertThat(plan.schema()).isEqualTo(expected);
    assertThat(plan.collect().schema()).isEqualTo(expected);
  }

  @Test
  @DisplayName("schema() types a select of each kind of expression")
  void schemaOfExpressions() {
    var plan =
        frame(schema("i", INT32, "s", STRING), row(1, "a"))
            .select(
                col("i").div(2).alias("div"),
                col("i").mul(2L).alias("mul"),
                col("s").matches("a").alias("m"),
                col("s").cast(DATE).alias("d"));
    var expected = schema("div", FLOAT64, "mul", INT64, "m", BOOLEAN, "d", DATE);
    assertThat(plan.schema()).isEqualTo(expected);
  }

  @Test
  @DisplayName("explain() returns non-empty text for a multi-step plan")
  void explainDescribesThePlan() {
    assertThat(multiStep().explain()).isNotBlank();
  }

  @Test
  @DisplayName("explain() and schema() do not run the plan: an overflow is not raised")
  void explainDoesNotRun() {
    LazyFrame overflowing =
        column("n", INT64, Long.MAX_VALUE).withColumns(col("n").add(1L).alias("next"));
    assertThat(overflowing.explain()).isNotBlank();
    assertThat(overflowing.schema()).isEqualTo(schema("n", INT64, "next", INT64));
    assertThatThrownBy(overflowing::collect).isInstanceOf(FrameException.class);
  }

  @Test
  @DisplayName("explain() and schema() do not read the data of a file source")
  void explainDoesNotReadData() throws IOException {
    Path file = Files.writeString(temporaryDirectory().resolve("late.csv"), "n\nnot a number\n");
    LazyFrame plan =
        backend().scan(Source.csv(file.toString(), schema("n", INT64))).filter(col("n").gt(0L));
    assertThat(plan.explain()).isNotBlank();
    assertThat(plan.schema()).isEqualTo(schema("n", INT64));
    assertThatThrownBy(plan::collect).isInstanceOf(FrameException.class);
  }

  @Test
  @DisplayName("a lazy frame can be collected twice with the same result")
  void collectIsRepeatable() {
    LazyFrame plan = multiStep();
    assertThat(plan.collect()).isEqualTo(plan.collect());
  }
}
