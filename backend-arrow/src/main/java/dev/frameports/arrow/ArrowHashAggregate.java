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
import org.jspecify.annotations.Nullable;

/**
 * {@code groupBy(keys).agg(..)}: a pipeline breaker that holds one state per group (the key tuple
 * and each aggregate's state), never the input rows. Without keys there is exactly one group, also
 * for an empty input. Groups come out in first-seen order.
 */
final class ArrowHashAggregate extends ArrowOperator {
  private final ArrowBatchReader input;
  private final List<String> keyNames;
  private final List<Expr> aggs;
  private final int[] keyColumns;
  private final List<ArrowAggregator> aggregators = new ArrayList<>();
  private @Nullable ArrowKeyTable table;
  private boolean consumed;
  private int groupCount;
  private int emittedGroups;

  ArrowHashAggregate(
      ArrowContext context,
      ArrowBatchReader input,
      List<String> keys,
      List<Expr> aggs,
      Schema output) {
    super(context, output, List.of(input));
    this.input = input;
    this.keyNames = List.copyOf(keys);
    this.aggs = List.copyOf(aggs);
    this.keyColumns = keys.stream().mapToInt(input.schema()::indexOf).toArray();
    try {
      for (Expr agg : aggs) {
        aggregators.add(ArrowAggregator.of(agg, input.schema(), allocator));
      }
    } catch (RuntimeException e) {
      closeState();
      throw e;
    }
  }

  @Override
  protected boolean advance() {
    if (!consumed) {
      consume();
      consumed = true;
    }
    if (emittedGroups >= groupCount) {
      return false;
    }
    int start = emittedGroups;
    int rows = Math.min(context.batchSize(), groupCount - start);
    emittedGroups += rows;
    List<FieldVector> vectors = new ArrayList<>();
    try {
      for (int k = 0; k < keyColumns.length; k++) {
        Field field = schema().field(k);
        FieldVector to = ArrowTypes.newVector(field.name(), field.type(), allocator);
        vectors.add(to);
        ArrowVectors.slice(table.keys(k), start, rows, to);
      }
      for (int a = 0; a < aggregators.size(); a++) {
        Field field = schema().field(keyColumns.length + a);
        FieldVector to = ArrowTypes.newVector(field.name(), field.type(), allocator);
        vectors.add(to);
        to.setInitialCapacity(rows);
        to.allocateNew();
        for (int g = 0; g < rows; g++) {
          aggregators.get(a).write(start + g, to, g);
        }
        to.setValueCount(rows);
      }
    } catch (RuntimeException e) {
      vectors.forEach(FieldVector::close);
      throw e;
    }
    return emitOwned(vectors, rows);
  }

  private void consume() {
    if (keyColumns.length > 0) {
      List<Field> keyFields = new ArrayList<>();
      for (int k : keyColumns) {
        keyFields.add(input.schema().field(k));
      }
      table = new ArrowKeyTable(allocator, keyFields);
    } else {
      groupCount = 1;
    }
    while (input.next()) {
      VectorSchemaRoot batch = input.batch();
      int rows = batch.getRowCount();
      int[] groups = new int[rows];
      if (table != null) {
        List<FieldVector> keys = new ArrayList<>();
        for (int k : keyColumns) {
          keys.add(batch.getVector(k));
        }
        for (int i = 0; i < rows; i++) {
          groups[i] = table.findOrInsert(keys, i, table.hash(keys, i));
        }
        groupCount = table.size();
      }
      for (ArrowAggregator aggregator : aggregators) {
        aggregator.update(batch, groups, groupCount);
      }
    }
    for (ArrowAggregator aggregator : aggregators) {
      aggregator.ensureGroups(groupCount);
    }
  }

  @Override
  protected void closeState() {
    aggregators.forEach(ArrowAggregator::close);
    if (table != null) {
      table.close();
    }
  }

  @Override
  public String describe() {
    return "ArrowHashAggregate by "
        + keyNames
        + " "
        + aggs.stream().map(ExprPrinter::print).collect(Collectors.joining(", ", "[", "]"));
  }
}
