package dev.frameports.tck;

import static dev.frameports.frame.DataType.BOOLEAN;
import static dev.frameports.frame.DataType.DATE;
import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.len;
import static dev.frameports.tck.FrameAssert.assertThatFrame;

import dev.frameports.frame.Frame;
import dev.frameports.frame.JoinType;
import dev.frameports.frame.Keep;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SortKey;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Input without rows goes through every verb and comes out empty, with the right schema. */
public abstract class EmptyInputContract extends BackendContract {
  private static final Schema SCHEMA =
      schema("s", STRING, "n", INT64, "f", FLOAT64, "b", BOOLEAN, "t", TIMESTAMP, "d", DATE);

  private LazyFrame empty() {
    return backend().from(Frame.empty(SCHEMA));
  }

  @Test
  @DisplayName("an empty in-memory frame collects to no rows with its schema")
  void scan() {
    assertThatFrame(empty().collect()).hasSchema(SCHEMA).hasHeight(0);
  }

  @Test
  @DisplayName("filter, select, withColumns and withRowIndex of no rows give no rows")
  void rowWiseVerbs() {
    var result =
        empty()
            .filter(col("n").gt(0L))
            .withColumns(col("t").truncate(Duration.ofMinutes(15)), col("f").div(2L).alias("h"))
            .withRowIndex("i")
            .select(col("i"), col("s").contains("x").alias("c"), col("t"), col("h"))
            .collect();
    assertThatFrame(result)
        .hasSchema(schema("i", INT64, "c", BOOLEAN, "t", TIMESTAMP, "h", FLOAT64))
        .hasHeight(0);
  }

  @Test
  @DisplayName("sort, unique and limit of no rows give no rows")
  void orderingVerbs() {
    assertThatFrame(empty().sort(SortKey.desc("t"), SortKey.asc("s")).collect())
        .hasSchema(SCHEMA)
        .hasHeight(0);
    assertThatFrame(empty().unique().collect()).hasSchema(SCHEMA).hasHeight(0);
    assertThatFrame(empty().unique(List.of("s"), Keep.LAST).collect()).hasHeight(0);
    assertThatFrame(empty().limit(5).collect()).hasSchema(SCHEMA).hasHeight(0);
  }

  @Test
  @DisplayName("a keyed aggregation of no rows has no rows; a global one has one")
  void aggregations() {
    assertThatFrame(empty().groupBy("s", "d").agg(col("n").sum(), len()).collect())
        .hasSchema(schema("s", STRING, "d", DATE, "n", INT64, "len", INT64))
        .hasHeight(0);
    assertThatFrame(empty().agg(col("b").first(), col("t").max(), len()).collect())
        .hasSchema(schema("b", BOOLEAN, "t", TIMESTAMP, "len", INT64))
        .hasRowsInOrder(row(null, null, 0L));
  }

  @Test
  @DisplayName("joins and concat of empty inputs give no rows")
  void joinsAndConcat() {
    var other = backend().from(Frame.empty(schema("s", STRING, "x", INT64)));
    for (JoinType type : JoinType.values()) {
      assertThatFrame(empty().join(other, List.of("s"), type).collect())
          .as("%s join", type)
          .hasHeight(0);
    }
    assertThatFrame(empty().join(other, List.of("s"), JoinType.INNER).collect())
        .hasColumns("s", "n", "f", "b", "t", "d", "x");
    assertThatFrame(empty().concat(empty()).collect()).hasSchema(SCHEMA).hasHeight(0);
  }
}
