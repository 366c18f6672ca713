package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/** A column of the input batch, passed on without a copy. */
record ArrowColumnExpr(int index, DataType type) implements ArrowVectorExpr {
  @Override
  public FieldVector eval(VectorSchemaRoot batch, int rows, boolean @Nullable [] active) {
    return batch.getVector(index);
  }

  @Override
  public boolean owned() {
    return false;
  }
}
