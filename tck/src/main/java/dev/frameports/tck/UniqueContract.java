package dev.frameports.tck;

import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.tck.FrameAssert.assertThatFrame;

import dev.frameports.frame.Keep;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.SortKey;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code unique}: one row per distinct value of all columns or a subset, the first or last
 * occurrence; survivors keep their input order and nulls are equal to each other.
 */
public abstract class UniqueContract extends BackendContract {

  private LazyFrame events() {
    return frame(
        schema("k", STRING, "n", INT64),
        row("a", 1L),
        row("b", 2L),
        row("a", 3L),
        row("c", 4L),
        row("b", 5L),
        row("a", 1L));
  }

  @Test
  @DisplayName("unique() drops rows equal in every column and keeps the first, in input order")
  void allColumns() {
    assertThatFrame(events().unique().collect())
        .hasRowsInOrder(row("a", 1L), row("b", 2L), row("a", 3L), row("c", 4L), row("b", 5L));
  }

  @Test
  @DisplayName("a subset with FIRST keeps each key's first row, in input order")
  void subsetFirst() {
    assertThatFrame(events().unique(List.of("k"), Keep.FIRST).collect())
        .hasRowsInOrder(row("a", 1L), row("b", 2L), row("c", 4L));
  }

  @Test
  @DisplayName("a subset with LAST keeps each key's last row, survivors in input order")
  void subsetLast() {
    assertThatFrame(events().unique(List.of("k"), Keep.LAST).collect())
        .hasRowsInOrder(row("c", 4L), row("b", 5L), row("a", 1L));
  }

  @Test
  @DisplayName("LAST over all columns keeps the last of the equal rows, at its position")
  void allColumnsLast() {
    assertThatFrame(events().unique(List.of(), Keep.LAST).collect())
        .hasRowsInOrder(row("b", 2L), row("a", 3L), row("c", 4L), row("b", 5L), row("a", 1L));
  }

  @Test
  @DisplayName("a subset of several columns compares them together; nulls are equal")
  void severalColumnsWithNulls() {
    var input =
        frame(
            schema("host", STRING, "gpu", INT64, "state", STRING),
            row("h1", 0L, "idle"),
            row("h1", null, "busy"),
            row("h1", 0L, "busy"),
            row(null, null, "down"),
            row("h1", null, "idle"),
            row(null, null, "idle"));
    var first = input.unique(List.of("host", "gpu"), Keep.FIRST).collect();
    assertThatFrame(first)
        .hasRowsInOrder(row("h1", 0L, "idle"), row("h1", null, "busy"), row(null, null, "down"));
    var last = input.unique(List.of("host", "gpu"), Keep.LAST).collect();
    assertThatFrame(last)
        .hasRowsInOrder(row("h1", 0L, "busy"), row("h1", null, "idle"), row(null, null, "idle"));
  }

  @Test
  @DisplayName("the latest snapshot per key: sort, then unique keeping the last")
  void latestPerKeyAfterSort() {
    var input =
        frame(
            schema("gpu", INT64, "ts", TIMESTAMP, "load", FLOAT64),
            row(1L, ts("2025-01-01 10:00:00.000002"), 0.25),
            row(0L, ts("2025-01-01 10:00:00"), 0.5),
            row(1L, ts("2025-01-01 10:00:00.000001"), 0.75),
            row(0L, ts("2025-01-01 09:00:00"), 1.0));
    var result =
        input.sort(SortKey.asc("gpu"), SortKey.asc("ts")).unique(List.of("gpu"), Keep.LAST);
    assertThatFrame(result.collect())
        .hasRowsInOrder(
            row(0L, ts("2025-01-01 10:00:00"), 0.5),
            row(1L, ts("2025-01-01 10:00:00.000002"), 0.25));
  }

  @Test
  @DisplayName("unique after a filter works on the filtered rows only")
  void afterFilter() {
    var result = events().filter(col("n").gt(1L)).unique(List.of("k"), Keep.FIRST).collect();
    assertThatFrame(result).hasRowsInOrder(row("b", 2L), row("a", 3L), row("c", 4L));
  }
}
