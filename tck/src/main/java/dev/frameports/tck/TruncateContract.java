package dev.frameports.tck;

import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.len;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code truncate(every)}: floors a TIMESTAMP to a multiple of {@code every} counted from
 * 1970-01-01 00:00, so times before 1970 round down (toward the past), never toward zero.
 */
public abstract class TruncateContract extends BackendContract {

  @Test
  @DisplayName("15 minutes floors to the quarter hour and keeps the name and type")
  void quarterHours() {
    var input =
        column(
            "t",
            TIMESTAMP,
            ts("2025-03-04 10:14:59.999999"),
            ts("2025-03-04 10:15:00"),
            ts("2025-03-04 10:29:00.5"),
            ts("2025-01-31 23:59:00"),
            ts("1969-07-20 20:17:40"),
            null);
    var result = input.select(col("t").truncate(Duration.ofMinutes(15))).collect();
    assertThatFrame(result)
        .hasSchema(schema("t", TIMESTAMP))
        .hasColumnValues(
            "t",
            ts("2025-03-04 10:00:00"),
            ts("2025-03-04 10:15:00"),
            ts("2025-03-04 10:15:00"),
            ts("2025-01-31 23:45:00"),
            ts("1969-07-20 20:15:00"),
            null);
  }

  @Test
  @DisplayName("one hour floors to the hour; before 1970 it floors down, not toward zero")
  void hours() {
    var input =
        column(
            "t",
            TIMESTAMP,
            ts("1969-12-31 23:59:59.999999"),
            ts("1969-12-31 00:00:00"),
            ts("1970-01-01 00:00:00"),
            ts("2024-02-29 23:59:59"),
            ts("2025-01-31 23:59:00"));
    assertThat(evaluate(input, col("t").truncate(Duration.ofHours(1))))
        .containsExactly(
            ts("1969-12-31 23:00:00"),
            ts("1969-12-31 00:00:00"),
            ts("1970-01-01 00:00:00"),
            ts("2024-02-29 23:00:00"),
            ts("2025-01-31 23:00:00"));
  }

  @Test
  @DisplayName("one day floors to midnight, at month and year ends and before 1970")
  void days() {
    var input =
        column(
            "t",
            TIMESTAMP,
            ts("1969-12-31 12:00:00"),
            ts("2025-01-31 23:59:00"),
            ts("2024-12-31 23:59:59.999999"),
            ts("2024-03-01 00:00:00"),
            ts("1900-03-01 06:00:00"));
    assertThat(evaluate(input, col("t").truncate(Duration.ofDays(1))))
        .containsExactly(
            ts("1969-12-31 00:00:00"),
            ts("2025-01-31 00:00:00"),
            ts("2024-12-31 00:00:00"),
            ts("2024-03-01 00:00:00"),
            ts("1900-03-01 00:00:00"));
  }

  @Test
  @DisplayName("buckets are counted from 1970-01-01 00:00, even when they do not divide a day")
  void bucketsAreEpochAligned() {
    // 7 minutes = 420 s. 00:15 is 900 s = 2 * 420 + 60; -60 s floors to -420 s;
    // 2025-01-01 00:00 is 1735689600 s = 4132594 * 420 + 120, so it floors 120 s back.
    var input =
        column(
            "t",
            TIMESTAMP,
            ts("1970-01-01 00:15:00"),
            ts("1969-12-31 23:59:00"),
            ts("2025-01-01 00:00:00"));
    assertThat(evaluate(input, col("t").truncate(Duration.ofMinutes(7))))
        .containsExactly(
            ts("1970-01-01 00:14:00"), ts("1969-12-31 23:53:00"), ts("2024-12-31 23:58:00"));
  }

  @Test
  @DisplayName("sub-second buckets keep microsecond precision and floor before 1970")
  void subSecondBuckets() {
    var input =
        column(
            "t",
            TIMESTAMP,
            ts("2025-01-01 12:00:00.123456"),
            ts("1969-12-31 23:59:59.999999"),
            ts("1969-12-31 23:59:59.5"));
    assertThat(evaluate(input, col("t").truncate(Duration.ofMillis(1))))
        .containsExactly(
            ts("2025-01-01 12:00:00.123"),
            ts("1969-12-31 23:59:59.999"),
            ts("1969-12-31 23:59:59.5"));
    assertThat(evaluate(input, col("t").truncate(Duration.ofSeconds(1))))
        .containsExactly(
            ts("2025-01-01 12:00:00"), ts("1969-12-31 23:59:59"), ts("1969-12-31 23:59:59"));
  }

  @Test
  @DisplayName("truncated timestamps group into buckets")
  void truncateThenGroup() {
    var input =
        column(
            "t",
            TIMESTAMP,
            ts("2025-01-31 23:44:59"),
            ts("2025-01-31 23:45:00"),
            ts("2025-01-31 23:59:59.999999"),
            ts("2025-02-01 00:00:00"));
    var result =
        input
            .withColumns(col("t").truncate(Duration.ofMinutes(15)).alias("bucket"))
            .groupBy("bucket")
            .agg(len())
            .collect();
    assertThatFrame(result)
        .hasRowsInAnyOrder(
            row(ts("2025-01-31 23:30:00"), 1L),
            row(ts("2025-01-31 23:45:00"), 2L),
            row(ts("2025-02-01 00:00:00"), 1L));
  }
}
