package dev.frameports.arrow;

import dev.frameports.frame.Expr;
import dev.frameports.frame.ExprPrinter;
import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * {@code select} and {@code withColumns}: evaluates expressions over each batch. Plain column
 * references pass the input's vector on without a copy; every expression is evaluated, even one a
 * later operator drops, so errors do not depend on what is read downstream.
 */
final class ArrowProject extends ArrowOperator {
  private final ArrowBatchReader input;
  private final List<Expr> exprs;
  private final boolean keepInput;

  /** For each output column: an index into the input (>= 0) or -(1 + index into exprs). */
  private final int[] sources;

  private final List<ArrowExprEvaluator> evaluators = new ArrayList<>();

  /**
   * {@code keepInput} false: exactly {@code exprs} ({@code select}); true: the input's columns with
   * same-named ones replaced and new ones appended ({@code withColumns}).
   */
  ArrowProject(ArrowContext context, ArrowBatchReader input, List<Expr> exprs, boolean keepInput) {
    super(context, outputSchema(input.schema(), exprs, keepInput), List.of(input));
    this.input = input;
    this.exprs = List.copyOf(exprs);
    this.keepInput = keepInput;
    for (Expr expr : exprs) {
      evaluators.add(ArrowExprEvaluator.compile(expr, input.schema(), allocator));
    }
    Schema out = schema();
    sources = new int[out.size()];
    for (int c = 0; c < out.size(); c++) {
      String name = out.field(c).name();
      int expr = -1;
      for (int e = 0; e < exprs.size(); e++) {
        if (exprs.get(e).outputName().equals(name)) {
          expr = e;
        }
      }
      sources[c] = expr >= 0 ? -(1 + expr) : input.schema().indexOf(name);
    }
  }

  private static Schema outputSchema(Schema input, List<Expr> exprs, boolean keepInput) {
    List<Field> fields = new ArrayList<>();
    for (Expr expr : exprs) {
      fields.add(
          Field.of(expr.outputName(), dev.frameports.frame.ExprTypes.scalarType(expr, input)));
    }
    return keepInput ? input.with(fields) : new Schema(fields);
  }

  @Override
  protected boolean advance() {
    if (!input.next()) {
      return false;
    }
    VectorSchemaRoot batch = input.batch();
    List<FieldVector> results = new ArrayList<>();
    List<FieldVector> owned = new ArrayList<>();
    try {
      for (ArrowExprEvaluator evaluator : evaluators) {
        FieldVector result = evaluator.evaluate(batch);
        results.add(result);
        if (evaluator.owned()) {
          owned.add(result);
        }
      }
    } catch (RuntimeException e) {
      owned.forEach(FieldVector::close);
      throw e;
    }
    List<FieldVector> vectors = new ArrayList<>();
    for (int source : sources) {
      vectors.add(source >= 0 ? batch.getVector(source) : results.get(-(1 + source)));
    }
    return emit(vectors, batch.getRowCount(), owned);
  }

  @Override
  public String describe() {
    return (keepInput ? "ArrowProject withColumns " : "ArrowProject select ")
        + exprs.stream().map(ExprPrinter::print).collect(Collectors.joining(", ", "[", "]"));
  }
}
