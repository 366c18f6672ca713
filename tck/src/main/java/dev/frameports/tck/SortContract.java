package dev.frameports.tck;

import static dev.frameports.frame.DataType.BOOLEAN;
import static dev.frameports.frame.DataType.DATE;
import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT32;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.tck.FrameAssert.assertThatFrame;

import dev.frameports.frame.SortKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code sort}: stable, by several keys, each ascending or descending with nulls first or last;
 * strings by code point. Ties keep their input order in both directions.
 */
public abstract class SortContract extends BackendContract {

  @Test
  @DisplayName("sorts ascending by one column, nulls last by default")
  void ascendingNullsLast() {
    var result = column("n", INT64, 3L, null, -1L, 2L).sort("n").collect();
    assertThatFrame(result).hasColumnValues("n", -1L, 2L, 3L, null);
  }

  @Test
  @DisplayName("sorts descending; nullsFirst puts nulls first in either direction")
  void descendingAndNullsFirst() {
    var input = column("n", INT64, 3L, null, -1L, 2L);
    assertThatFrame(input.sort(SortKey.desc("n")).collect())
        .hasColumnValues("n", 3L, 2L, -1L, null);
    assertThatFrame(input.sort(SortKey.desc("n").nullsFirst()).collect())
        .hasColumnValues("n", null, 3L, 2L, -1L);
    assertThatFrame(input.sort(SortKey.asc("n").nullsFirst()).collect())
        .hasColumnValues("n", null, -1L, 2L, 3L);
  }

  @Test
  @DisplayName("several keys: the second breaks ties of the first, each with its own direction")
  void multiKey() {
    var input =
        frame(
            schema("g", STRING, "n", INT64, "id", INT32),
            row("b", 1L, 0),
            row("a", 1L, 1),
            row("b", 3L, 2),
            row("a", 2L, 3),
            row("b", null, 4),
            row(null, 5L, 5));
    var result = input.sort(SortKey.asc("g"), SortKey.desc("n").nullsFirst()).collect();
    assertThatFrame(result).hasColumnValues("id", 3, 1, 4, 2, 0, 5);
  }

  @Test
  @DisplayName("nulls first or last is chosen per key")
  void nullPlacementPerKey() {
    var input =
        frame(
            schema("a", INT64, "b", INT64, "id", INT32),
            row(null, 1L, 0),
            row(1L, null, 1),
            row(1L, 2L, 2),
            row(null, null, 3),
            row(2L, 1L, 4));
    var result = input.sort(SortKey.asc("a").nullsFirst(), SortKey.asc("b")).collect();
    assertThatFrame(result).hasColumnValues("id", 0, 3, 2, 1, 4);
  }

  @Test
  @DisplayName("the sort is stable: ties keep their input order, ascending and descending")
  void stable() {
    var input =
        frame(
            schema("k", INT64, "id", INT32),
            row(2L, 0),
            row(1L, 1),
            row(2L, 2),
            row(1L, 3),
            row(null, 4),
            row(2L, 5),
            row(null, 6));
    assertThatFrame(input.sort("k").collect()).hasColumnValues("id", 1, 3, 0, 2, 5, 4, 6);
    assertThatFrame(input.sort(SortKey.desc("k")).collect())
        .hasColumnValues("id", 0, 2, 5, 1, 3, 4, 6);
  }

  @Test
  @DisplayName("a sort after a sort keeps the first order among ties of the second")
  void sortsCompose() {
    var input =
        frame(
            schema("g", STRING, "n", INT64),
            row("b", 2L),
            row("a", 3L),
            row("b", 1L),
            row("a", 1L),
            row("c", 2L));
    var result = input.sort("n").sort("g").collect();
    assertThatFrame(result)
        .hasRowsInOrder(row("a", 1L), row("a", 3L), row("b", 1L), row("b", 2L), row("c", 2L));
  }

  @Test
  @DisplayName("strings sort by Unicode code point: upper case, lower case, accents, emoji")
  void stringsByCodePoint() {
    var result =
        column("s", STRING, "\u00E9", "a", "\uD83D\uDE00", "B", "\uFF21", "", "ab", "\uE000")
            .sort("s")
            .collect();
    assertThatFrame(result)
        .hasColumnValues("s", "", "B", "a", "ab", "\u00E9", "\uE000", "\uFF21", "\uD83D\uDE00");
  }

  @Test
  @DisplayName("timestamps sort chronologically to the microsecond, before and after 1970")
  void timestamps() {
    var result =
        column(
                "t",
                TIMESTAMP,
                ts("2025-01-31 23:59:59.000001"),
                ts("1969-12-31 23:59:59.999999"),
                ts("2025-01-31 23:59:59"),
                ts("1970-01-01 00:00:00"))
            .sort(SortKey.desc("t"))
            .collect();
    assertThatFrame(result)
        .hasColumnValues(
            "t",
            ts("2025-01-31 23:59:59.000001"),
            ts("2025-01-31 23:59:59"),
            ts("1970-01-01 00:00:00"),
            ts("1969-12-31 23:59:59.999999"));
  }

  @Test
  @DisplayName("dates, booleans and floats sort by value")
  void otherTypes() {
    var input =
        frame(
            schema("d", DATE, "b", BOOLEAN, "f", FLOAT64),
            row(day("2024-03-01"), true, 0.5),
            row(day("1969-12-31"), false, -2.5),
            row(day("2024-02-29"), null, 10.0));
    assertThatFrame(input.sort("d").collect())
        .hasColumnValues("d", day("1969-12-31"), day("2024-02-29"), day("2024-03-01"));
    assertThatFrame(input.sort("b").collect()).hasColumnValues("b", false, true, null);
    assertThatFrame(input.sort(SortKey.desc("f")).collect()).hasColumnValues("f", 10.0, 0.5, -2.5);
  }

  @Test
  @DisplayName("sorting keeps whole rows together")
  void rowsStayTogether() {
    var input = frame(schema("name", STRING, "n", INT64), row("c", 3L), row("a", 1L), row("b", 2L));
    assertThatFrame(input.sort("name").collect())
        .hasRowsInOrder(row("a", 1L), row("b", 2L), row("c", 3L));
  }
}
