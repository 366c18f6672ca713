package dev.frameports.tck;

import static dev.frameports.frame.Expr.col;
import static dev.frameports.tck.FrameAssert.assertThatFrame;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code filter}: keeps rows whose predicate is true, drops false and null, keeps order. */
public abstract class FilterContract extends BackendContract {
  private static final Schema SCHEMA =
      Schema.of(Field.of("name", DataType.STRING), Field.of("n", DataType.INT64));

  @Test
  @DisplayName("keeps the rows whose predicate is true, in input order")
  void keepsTrueRowsInOrder() {
    var result =
        frame(SCHEMA, row("c", 3L), row("a", 1L), row("b", 2L), row("d", 4L))
            .filter(col("n").ge(2L))
            .collect();
    assertThatFrame(result).hasRowsInOrder(row("c", 3L), row("b", 2L), row("d", 4L));
  }

  @Test
  @DisplayName("drops rows whose predicate is null")
  void dropsNullPredicateRows() {
    var result = frame(SCHEMA, row("a", null), row("b", 2L)).filter(col("n").gt(0L)).collect();
    assertThatFrame(result).hasRowsInOrder(row("b", 2L));
  }
}
