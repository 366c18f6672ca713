package dev.frameports.arrow;

import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/** The batches of each input in turn, columns matched by name; nothing is copied. */
final class ArrowConcat extends ArrowOperator {
  private final List<ArrowBatchReader> parts;
  private final List<int[]> columns = new ArrayList<>();
  private int current;

  ArrowConcat(ArrowContext context, List<ArrowBatchReader> inputs, Schema output) {
    super(context, output, inputs);
    this.parts = List.copyOf(inputs);
    for (ArrowBatchReader input : inputs) {
      columns.add(output.names().stream().mapToInt(input.schema()::indexOf).toArray());
    }
  }

  @Override
  protected boolean advance() {
    while (current < parts.size()) {
      ArrowBatchReader input = parts.get(current);
      if (input.next()) {
        VectorSchemaRoot batch = input.batch();
        List<FieldVector> vectors = new ArrayList<>();
        for (int index : columns.get(current)) {
          vectors.add(batch.getVector(index));
        }
        return emit(vectors, batch.getRowCount(), List.of());
      }
      current++;
    }
    return false;
  }

  @Override
  public String describe() {
    return "ArrowConcat " + parts.size() + " inputs";
  }
}
