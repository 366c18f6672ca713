package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Prepends an INT64 row number counted from 0 across batches. */
final class ArrowRowIndex extends ArrowOperator {
  private final ArrowBatchReader input;
  private final String name;
  private long next;

  ArrowRowIndex(ArrowContext context, ArrowBatchReader input, String name) {
    super(context, schemaWith(name, input.schema()), List.of(input));
    this.input = input;
    this.name = name;
  }

  private static Schema schemaWith(String name, Schema input) {
    List<Field> fields = new ArrayList<>();
    fields.add(Field.of(name, DataType.INT64));
    fields.addAll(input.fields());
    return new Schema(fields);
  }

  @Override
  protected boolean advance() {
    if (!input.next()) {
      return false;
    }
    VectorSchemaRoot batch = input.batch();
    int rows = batch.getRowCount();
    BigIntVector index = new BigIntVector(name, allocator);
    index.allocateNew(Math.max(1, rows));
    for (int i = 0; i < rows; i++) {
      index.set(i, next++);
    }
    index.setValueCount(rows);
    List<FieldVector> vectors = new ArrayList<>();
    vectors.add(index);
    vectors.addAll(batch.getFieldVectors());
    return emit(vectors, rows, List.of(index));
  }

  @Override
  public String describe() {
    return "ArrowRowIndex " + name;
  }
}
