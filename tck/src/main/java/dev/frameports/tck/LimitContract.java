package dev.frameports.tck;

import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.tck.FrameAssert.assertThatFrame;

import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.SortKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code limit(n)}: the first {@code n} rows in input order. */
public abstract class LimitContract extends BackendContract {

  private LazyFrame input() {
    return frame(
        schema("s", STRING, "n", INT64), row("c", 3L), row("a", 1L), row("d", 4L), row("b", 2L));
  }

  @Test
  @DisplayName("limit keeps the first n rows in input order")
  void firstRows() {
    assertThatFrame(input().limit(2).collect()).hasRowsInOrder(row("c", 3L), row("a", 1L));
  }

  @Test
  @DisplayName("limit 0 gives no rows and keeps the schema")
  void zero() {
    assertThatFrame(input().limit(0).collect())
        .hasSchema(schema("s", STRING, "n", INT64))
        .hasHeight(0);
  }

  @Test
  @DisplayName("a limit larger than the input gives every row")
  void moreThanRows() {
    assertThatFrame(input().limit(100).collect()).hasColumnValues("n", 3L, 1L, 4L, 2L);
    assertThatFrame(input().limit(Long.MAX_VALUE).collect()).hasColumnValues("n", 3L, 1L, 4L, 2L);
  }

  @Test
  @DisplayName("limit after sort gives the top rows")
  void afterSort() {
    assertThatFrame(input().sort(SortKey.desc("n")).limit(3).collect())
        .hasColumnValues("s", "d", "c", "b");
  }

  @Test
  @DisplayName("limit after filter counts the rows that pass")
  void afterFilter() {
    assertThatFrame(input().filter(col("n").ne(3L)).limit(2).collect())
        .hasColumnValues("s", "a", "d");
  }

  @Test
  @DisplayName("a filter after limit sees only the limited rows")
  void beforeFilter() {
    assertThatFrame(input().limit(2).filter(col("n").gt(1L)).collect()).hasColumnValues("s", "c");
  }

  @Test
  @DisplayName("limits nest: the smaller one wins")
  void nested() {
    assertThatFrame(input().limit(3).limit(1).collect()).hasColumnValues("s", "c");
    assertThatFrame(input().limit(1).limit(3).collect()).hasColumnValues("s", "c");
  }
}
