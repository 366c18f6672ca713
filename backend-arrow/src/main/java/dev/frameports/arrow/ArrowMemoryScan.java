package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;

/** Rows of an in-memory {@link Frame}, copied into vectors one batch at a time. */
final class ArrowMemoryScan extends ArrowOperator {
  private final Frame frame;
  private final int[] columns;
  private int position;

  ArrowMemoryScan(ArrowContext context, Frame frame, Schema output) {
    super(context, output, List.of());
    this.frame = frame;
    this.columns = output.names().stream().mapToInt(frame.schema()::indexOf).toArray();
  }

  @Override
  protected boolean advance() {
    if (position >= frame.height()) {
      return false;
    }
    int rows = Math.min(context.batchSize(), frame.height() - position);
    List<FieldVector> vectors = new ArrayList<>();
    try {
      for (int c = 0; c < columns.length; c++) {
        DataType type = schema().field(c).type();
        FieldVector vector = ArrowTypes.newVector(schema().field(c).name(), type, allocator);
        vectors.add(vector);
        vector.setInitialCapacity(rows);
        vector.allocateNew();
        for (int r = 0; r < rows; r++) {
          ArrowVectors.set(vector, type, r, frame.get(position + r, columns[c]));
        }
        vector.setValueCount(rows);
      }
    } catch (RuntimeException e) {
      vectors.forEach(FieldVector::close);
      throw e;
    }
    position += rows;
    return emitOwned(vectors, rows);
  }

  @Override
  public String describe() {
    return "ArrowMemoryScan " + frame.height() + " rows " + schema().names();
  }
}
