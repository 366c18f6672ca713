package dev.frameports.arrow;

import dev.frameports.frame.AggFn;
import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.ExprPrinter;
import dev.frameports.frame.ExprTypes;
import dev.frameports.frame.Schema;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/**
 * The state of one aggregate expression across groups, kept in Arrow memory. Group ids are dense
 * (0..n-1) and arrive in first-seen order.
 */
abstract class ArrowAggregator implements AutoCloseable {
  protected final BufferAllocator allocator;
  private final @Nullable ArrowExprEvaluator input;
  private final DataType type;
  private final String text;

  ArrowAggregator(
      BufferAllocator allocator, @Nullable ArrowExprEvaluator input, DataType type, String text) {
    this.allocator = allocator;
    this.input = input;
    this.type = type;
    this.text = text;
  }

  /** The aggregator for an {@code agg(..)} expression (aliases stripped by the caller's schema). */
  static ArrowAggregator of(Expr expr, Schema schema, BufferAllocator allocator) {
    DataType type = ExprTypes.aggregateType(expr, schema);
    String text = ExprPrinter.print(expr);
    Expr node = expr;
    while (node instanceof Expr.Alias alias) {
      node = alias.input();
    }
    if (node instanceof Expr.Len) {
      return new ArrowCountAggregator(allocator, null, text);
    }
    Expr.Agg agg = (Expr.Agg) node;
    ArrowExprEvaluator input = ArrowExprEvaluator.compile(agg.input(), schema, allocator);
    return switch (agg.fn()) {
      case COUNT -> new ArrowCountAggregator(allocator, input, text);
      case SUM, MEAN ->
          new ArrowSumAggregator(allocator, input, type, agg.fn() == AggFn.MEAN, text);
      case MIN, MAX, FIRST -> new ArrowExtremeAggregator(allocator, input, agg.fn(), text);
      case N_UNIQUE -> new ArrowDistinctAggregator(allocator, input, text);
    };
  }

  DataType type() {
    return type;
  }

  String text() {
    return text;
  }

  /** Folds one batch: {@code groups[i]} is row i's group; ids are below {@code groupCount}. */
  final void update(VectorSchemaRoot batch, int[] groups, int groupCount) {
    int rows = batch.getRowCount();
    ensureGroups(groupCount);
    if (input == null) {
      fold(null, groups, rows);
      return;
    }
    FieldVector values = input.evaluate(batch);
    try {
      fold(values, groups, rows);
    } finally {
      input.release(values);
    }
  }

  /** Makes room for group ids below {@code groupCount}. */
  protected abstract void ensureGroups(int groupCount);

  /** Folds the evaluated input ({@code null} for {@code len()}). */
  protected abstract void fold(@Nullable FieldVector values, int[] groups, int rows);

  /** Writes one group's result into {@code out} (rows are written in increasing order). */
  abstract void write(int group, FieldVector out, int outRow);

  @Override
  public abstract void close();
}
