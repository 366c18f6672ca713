package dev.frameports.tck;

import static dev.frameports.frame.DataType.INT32;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.PlanException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code concat}: the rows of each input in turn, in order; the schemas must be equal. */
public abstract class ConcatContract extends BackendContract {

  @Test
  @DisplayName("concat keeps the inputs' order and each input's row order")
  void keepsOrder() {
    var first = frame(schema("s", STRING, "n", INT64), row("b", 2L), row("a", 1L));
    var second = frame(schema("s", STRING, "n", INT64), row("z", null));
    var third = frame(schema("s", STRING, "n", INT64), row(null, 3L), row("c", 0L));
    var result = first.concat(second, third).collect();
    assertThatFrame(result)
        .hasSchema(schema("s", STRING, "n", INT64))
        .hasRowsInOrder(row("b", 2L), row("a", 1L), row("z", null), row(null, 3L), row("c", 0L));
  }

  @Test
  @DisplayName("concat of derived frames runs each input's own plan")
  void derivedInputs() {
    var base = frame(schema("n", INT64), row(1L), row(2L), row(3L));
    var result = base.filter(col("n").gt(1L)).concat(base.select(col("n").mul(10L))).collect();
    assertThatFrame(result).hasColumnValues("n", 2L, 3L, 10L, 20L, 30L);
  }

  @Test
  @DisplayName("empty inputs add nothing, wherever they are")
  void emptyInputs() {
    var rows = frame(schema("n", INT64), row(1L), row(2L));
    var none = rows.limit(0);
    assertThatFrame(none.concat(rows, none, rows).collect()).hasColumnValues("n", 1L, 2L, 1L, 2L);
  }

  @Test
  @DisplayName("inputs whose column types differ are a PlanException")
  void typeMismatchFails() {
    var longs = frame(schema("n", INT64), row(1L));
    var ints = frame(schema("n", INT32), row(1));
    assertThatThrownBy(() -> longs.concat(ints).collect()).isInstanceOf(PlanException.class);
  }

  @Test
  @DisplayName("inputs whose column names or order differ are a PlanException")
  void nameMismatchFails() {
    var ab = frame(schema("a", INT64, "b", INT64), row(1L, 2L));
    var ba = frame(schema("b", INT64, "a", INT64), row(2L, 1L));
    var ac = frame(schema("a", INT64, "c", INT64), row(1L, 2L));
    assertThatThrownBy(() -> ab.concat(ba).collect()).isInstanceOf(PlanException.class);
    assertThatThrownBy(() -> ab.concat(ac).collect()).isInstanceOf(PlanException.class);
  }
}
