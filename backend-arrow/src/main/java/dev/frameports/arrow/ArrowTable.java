package dev.frameports.arrow;

import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.VectorAppender;

/**
 * Rows buffered by a pipeline breaker (the sort's input, the join's build side): one growing vector
 * per column in the operator's allocator, appended batch by batch.
 */
final class ArrowTable implements AutoCloseable {
  private final Schema schema;
  private final List<FieldVector> columns = new ArrayList<>();
  private int rows;

  ArrowTable(Schema schema, BufferAllocator allocator) {
    this.schema = schema;
    for (Field field : schema.fields()) {
      FieldVector vector = ArrowTypes.newVector(field.name(), field.type(), allocator);
      vector.allocateNew();
      vector.setValueCount(0);
      columns.add(vector);
    }
  }

  Schema schema() {
    return schema;
  }

  int rows() {
    return rows;
  }

  FieldVector column(int index) {
    return columns.get(index);
  }

  /** Appends the batch's columns {@code sources[c]} as this table's column {@code c}. */
  void append(VectorSchemaRoot batch, int[] sources) {
    int count = batch.getRowCount();
    if ((long) rows + count > Integer.MAX_VALUE - 1) {
      throw new org.apache.arrow.memory.OutOfMemoryException(
          "more than " + (Integer.MAX_VALUE - 1) + " buffered rows");
    }
    for (int c = 0; c < columns.size(); c++) {
      FieldVector source = batch.getVector(sources[c]);
      if (source.getValueCount() != count) {
        source = sliceOf(source, count);
        try {
          source.accept(new VectorAppender(columns.get(c)), null);
        } finally {
          source.close();
        }
      } else {
        source.accept(new VectorAppender(columns.get(c)), null);
      }
    }
    rows += count;
  }

  private FieldVector sliceOf(FieldVector source, int count) {
    FieldVector copy = source.getField().createVector(columns.get(0).getAllocator());
    ArrowVectors.slice(source, 0, count, copy);
    return copy;
  }

  @Override
  public void close() {
    columns.forEach(FieldVector::close);
  }
}
