package dev.frameports.arrow;

import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Drains an operator tree into a heap {@link Frame}. */
final class ArrowCollector {
  private ArrowCollector() {}

  static Frame collect(ArrowBatchReader input) {
    Schema schema = input.schema();
    Frame.Builder builder = Frame.builder(schema);
    Object[] row = new Object[schema.size()];
    while (input.next()) {
      VectorSchemaRoot batch = input.batch();
      for (int r = 0; r < batch.getRowCount(); r++) {
        for (int c = 0; c < row.length; c++) {
          row[c] = ArrowVectors.get(batch.getVector(c), schema.field(c).type(), r);
        }
        builder.addRow(row);
      }
    }
    return builder.build();
  }
}
