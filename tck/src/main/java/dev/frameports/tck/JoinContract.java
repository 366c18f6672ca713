package dev.frameports.tck;

import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT32;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.JoinType;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.PlanException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code join}: inner, left, semi and anti equi-joins on one or several keys. Output columns: the
 * left ones, then (inner, left) the right non-key ones, suffixed {@code _right} when the name is
 * taken. Null keys never match. Output order is unspecified, so rows compare in any order.
 */
public abstract class JoinContract extends BackendContract {

  private LazyFrame users() {
    return frame(
        schema("id", INT64, "name", STRING),
        row(1L, "ann"),
        row(2L, "bob"),
        row(3L, "cy"),
        row(null, "nobody"),
        row(2L, "bob2"));
  }

  private LazyFrame jobs() {
    return frame(
        schema("id", INT64, "job", STRING),
        row(2L, "train"),
        row(1L, "eval"),
        row(2L, "infer"),
        row(4L, "orphan"),
        row(null, "lost"));
  }

  @Test
  @DisplayName("inner join pairs every matching row: duplicates on both sides multiply")
  void inner() {
    var result = users().join(jobs(), List.of("id"), JoinType.INNER).collect();
    assertThatFrame(result)
        .hasSchema(schema("id", INT64, "name", STRING, "job", STRING))
        .hasRowsInAnyOrder(
            row(1L, "ann", "eval"),
            row(2L, "bob", "train"),
            row(2L, "bob", "infer"),
            row(2L, "bob2", "train"),
            row(2L, "bob2", "infer"));
  }

  @Test
  @DisplayName("left join keeps every left row, with nulls where nothing matches")
  void left() {
    var result = users().join(jobs(), List.of("id"), JoinType.LEFT).collect();
    assertThatFrame(result)
        .hasSchema(schema("id", INT64, "name", STRING, "job", STRING))
        .hasRowsInAnyOrder(
            row(1L, "ann", "eval"),
            row(2L, "bob", "train"),
            row(2L, "bob", "infer"),
            row(3L, "cy", null),
            row(null, "nobody", null),
            row(2L, "bob2", "train"),
            row(2L, "bob2", "infer"));
  }

  @Test
  @DisplayName("semi join keeps each left row with a match once, left columns only")
  void semi() {
    var result = users().join(jobs(), List.of("id"), JoinType.SEMI).collect();
    assertThatFrame(result)
        .hasSchema(schema("id", INT64, "name", STRING))
        .hasRowsInAnyOrder(row(1L, "ann"), row(2L, "bob"), row(2L, "bob2"));
  }

  @Test
  @DisplayName("anti join keeps the left rows without a match, null keys included")
  void anti() {
    var result = users().join(jobs(), List.of("id"), JoinType.ANTI).collect();
    assertThatFrame(result)
        .hasSchema(schema("id", INT64, "name", STRING))
        .hasRowsInAnyOrder(row(3L, "cy"), row(null, "nobody"));
  }

  @Test
  @DisplayName("several keys must all match; differently named keys drop the right ones")
  void severalKeys() {
    var snapshots =
        frame(
            schema("host", STRING, "gpu", INT32, "load", FLOAT64),
            row("h1", 0, 0.5),
            row("h1", 1, 0.25),
            row("h2", 0, 1.0),
            row("h2", null, 0.75));
    var owners =
        frame(
            schema("machine", STRING, "device", INT32, "owner", STRING),
            row("h1", 1, "ann"),
            row("h2", 0, "bob"),
            row("h3", 0, "cy"),
            row("h2", null, "nobody"));
    var result =
        snapshots
            .join(owners, List.of("host", "gpu"), List.of("machine", "device"), JoinType.LEFT)
            .collect();
    assertThatFrame(result)
        .hasSchema(schema("host", STRING, "gpu", INT32, "load", FLOAT64, "owner", STRING))
        .hasRowsInAnyOrder(
            row("h1", 0, 0.5, null),
            row("h1", 1, 0.25, "ann"),
            row("h2", 0, 1.0, "bob"),
            row("h2", null, 0.75, null));
  }

  @Test
  @DisplayName("a right column whose name the left uses gets the suffix _right")
  void collidingNamesGetSuffix() {
    var left = frame(schema("k", STRING, "v", INT64), row("a", 1L), row("b", 2L));
    var right =
        frame(schema("k", STRING, "v", INT64, "w", STRING), row("a", 10L, "x"), row("c", 30L, "y"));
    var result = left.join(right, List.of("k"), JoinType.LEFT).collect();
    assertThatFrame(result)
        .hasSchema(schema("k", STRING, "v", INT64, "v_right", INT64, "w", STRING))
        .hasRowsInAnyOrder(row("a", 1L, 10L, "x"), row("b", 2L, null, null));
  }

  @Test
  @DisplayName("timestamp keys match to the microsecond")
  void timestampKeys() {
    var left =
        frame(
            schema("t", TIMESTAMP, "l", INT64),
            row(ts("2025-01-31 23:59:59.000001"), 1L),
            row(ts("2025-01-31 23:59:59"), 2L));
    var right = frame(schema("t", TIMESTAMP, "r", INT64), row(ts("2025-01-31 23:59:59"), 20L));
    var result = left.join(right, List.of("t"), JoinType.INNER).collect();
    assertThatFrame(result).hasRowsInAnyOrder(row(ts("2025-01-31 23:59:59"), 2L, 20L));
  }

  @Test
  @DisplayName("joining with an empty side gives the documented empty or unmatched result")
  void emptySides() {
    var empty = jobs().limit(0);
    assertThatFrame(users().join(empty, List.of("id"), JoinType.INNER).collect()).hasHeight(0);
    assertThatFrame(users().join(empty, List.of("id"), JoinType.LEFT).collect()).hasHeight(5);
    assertThatFrame(users().join(empty, List.of("id"), JoinType.ANTI).collect()).hasHeight(5);
    assertThatFrame(empty.join(users(), List.of("id"), JoinType.LEFT).collect())
        .hasSchema(schema("id", INT64, "job", STRING, "name", STRING))
        .hasHeight(0);
  }

  @Test
  @DisplayName("keys of different types are a PlanException naming them")
  void keyTypeMismatchFails() {
    var left = frame(schema("id", INT64, "a", STRING), row(1L, "x"));
    var right = frame(schema("uid", INT32, "b", STRING), row(1, "y"));
    assertThatThrownBy(
            () -> left.join(right, List.of("id"), List.of("uid"), JoinType.INNER).collect())
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("id")
        .hasMessageContaining("uid");
  }
}
