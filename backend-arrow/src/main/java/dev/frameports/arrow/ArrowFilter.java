package dev.frameports.arrow;

import dev.frameports.frame.Expr;
import dev.frameports.frame.ExprPrinter;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Keeps the rows whose predicate is true. A batch where every row passes is passed on as it is, one
 * where none does is skipped, the rest are compacted into new vectors.
 */
final class ArrowFilter extends ArrowOperator {
  private final ArrowBatchReader input;
  private final Expr predicate;
  private final ArrowExprEvaluator evaluator;

  ArrowFilter(ArrowContext context, ArrowBatchReader input, Expr predicate) {
    super(context, input.schema(), List.of(input));
    this.input = input;
    this.predicate = predicate;
    this.evaluator = ArrowExprEvaluator.compile(predicate, input.schema(), allocator);
  }

  @Override
  protected boolean advance() {
    while (input.next()) {
      VectorSchemaRoot batch = input.batch();
      int rows = batch.getRowCount();
      int[] selected = new int[rows];
      int count = 0;
      BitVector keep = (BitVector) evaluator.evaluate(batch);
      try {
        for (int i = 0; i < rows; i++) {
          if (!keep.isNull(i) && keep.get(i) == 1) {
            selected[count++] = i;
          }
        }
      } finally {
        evaluator.release(keep);
      }
      if (count == rows) {
        return emitBorrowed(batch);
      }
      if (count > 0) {
        return emitOwned(gather(batch, selected, count), count);
      }
    }
    return false;
  }

  private List<FieldVector> gather(VectorSchemaRoot batch, int[] rows, int count) {
    List<FieldVector> vectors = new ArrayList<>();
    try {
      for (int c = 0; c < schema().size(); c++) {
        FieldVector from = batch.getVector(c);
        FieldVector to =
            ArrowTypes.newVector(schema().field(c).name(), schema().field(c).type(), allocator);
        vectors.add(to);
        ArrowVectors.gather(from, rows, count, to);
      }
      return vectors;
    } catch (RuntimeException e) {
      vectors.forEach(FieldVector::close);
      throw e;
    }
  }

  @Override
  public String describe() {
    return "ArrowFilter " + ExprPrinter.print(predicate);
  }
}
