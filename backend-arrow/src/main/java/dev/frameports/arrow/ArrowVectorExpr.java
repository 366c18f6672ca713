package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/**
 * A compiled expression node: evaluates over a batch into a vector of {@link #type()} with {@code
 * rows} cells.
 *
 * <p>{@code active} (null for all rows) marks the rows whose value is actually used: a {@code when}
 * branch passes only the rows it takes, so an overflow or a bad cast on another row is not an
 * error, as in SQL's {@code CASE}. Inactive rows may hold anything.
 */
interface ArrowVectorExpr {
  DataType type();

  FieldVector eval(VectorSchemaRoot batch, int rows, boolean @Nullable [] active);

  /** False when {@link #eval} returns a vector of the batch, which the caller must not close. */
  default boolean owned() {
    return true;
  }

  /** Closes a result of {@link #eval} if this node created it. */
  default void release(FieldVector result) {
    if (owned()) {
      result.close();
    }
  }

  static boolean isActive(boolean @Nullable [] active, int row) {
    return active == null || active[row];
  }
}
