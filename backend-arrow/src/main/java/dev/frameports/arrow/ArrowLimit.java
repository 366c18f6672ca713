package dev.frameports.arrow;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/** The first {@code n} rows; stops pulling from its input once it has them. */
final class ArrowLimit extends ArrowOperator {
  private final ArrowBatchReader input;
  private final long limit;
  private long emitted;

  ArrowLimit(ArrowContext context, ArrowBatchReader input, long limit) {
    super(context, input.schema(), List.of(input));
    this.input = input;
    this.limit = limit;
  }

  @Override
  protected boolean advance() {
    if (emitted >= limit || !input.next()) {
      return false;
    }
    VectorSchemaRoot batch = input.batch();
    int rows = batch.getRowCount();
    if (emitted + rows <= limit) {
      emitted += rows;
      return emitBorrowed(batch);
    }
    int keep = (int) (limit - emitted);
    emitted = limit;
    List<FieldVector> vectors = new ArrayList<>();
    try {
      for (int c = 0; c < schema().size(); c++) {
        FieldVector to =
            ArrowTypes.newVector(schema().field(c).name(), schema().field(c).type(), allocator);
        vectors.add(to);
        ArrowVectors.slice(batch.getVector(c), 0, keep, to);
      }
    } catch (RuntimeException e) {
      vectors.forEach(FieldVector::close);
      throw e;
    }
    return emitOwned(vectors, keep);
  }

  @Override
  public String describe() {
    return "ArrowLimit " + limit;
  }
}
