package dev.frameports.arrow;

import dev.frameports.frame.Field;
import dev.frameports.frame.Keep;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/**
 * One row per distinct key (nulls equal), survivors in input order, holding one state per distinct
 * key. {@code FIRST} streams: a row passes when its key is new. {@code LAST} keeps, per key, the
 * latest row and its position, and emits them by position once the input is drained.
 */
final class ArrowUnique extends ArrowOperator {
  private final ArrowBatchReader input;
  private final List<String> subset;
  private final Keep keep;
  private final int[] keyColumns;
  private final List<Field> keyFields = new ArrayList<>();
  private @Nullable ArrowKeyTable table;
  private final List<ArrowValueSlots> lastRows = new ArrayList<>();
  private @Nullable ArrowStateArray positions;
  private @Nullable ArrowStateArray order;
  private long seen;
  private int emitted;

  ArrowUnique(ArrowContext context, ArrowBatchReader input, List<String> subset, Keep keep) {
    super(context, input.schema(), List.of(input));
    this.input = input;
    this.subset = List.copyOf(subset);
    this.keep = keep;
    List<String> keys = subset.isEmpty() ? input.schema().names() : subset;
    this.keyColumns = keys.stream().mapToInt(input.schema()::indexOf).toArray();
    for (int k : keyColumns) {
      keyFields.add(input.schema().field(k));
    }
  }

  @Override
  protected boolean advance() {
    if (table == null) {
      table = new ArrowKeyTable(allocator, keyFields);
    }
    return keep == Keep.FIRST ? advanceFirst() : advanceLast();
  }

  private boolean advanceFirst() {
    while (input.next()) {
      VectorSchemaRoot batch = input.batch();
      int rows = batch.getRowCount();
      List<FieldVector> keys = keyVectors(batch);
      int[] selected = new int[rows];
      int count = 0;
      for (int i = 0; i < rows; i++) {
        table.findOrInsert(keys, i, table.hash(keys, i));
        if (table.inserted()) {
          selected[count++] = i;
        }
      }
      if (count == rows) {
        return emitBorrowed(batch);
      }
      if (count > 0) {
        List<FieldVector> vectors = new ArrayList<>();
        try {
          for (int c = 0; c < schema().size(); c++) {
            Field field = schema().field(c);
            FieldVector to = ArrowTypes.newVector(field.name(), field.type(), allocator);
            vectors.add(to);
            ArrowVectors.gather(batch.getVector(c), selected, count, to);
          }
        } catch (RuntimeException e) {
          vectors.forEach(FieldVector::close);
          throw e;
        }
        return emitOwned(vectors, count);
      }
    }
    return false;
  }

  private boolean advanceLast() {
    if (order == null) {
      drainLast();
    }
    int total = table.size();
    if (emitted >= total) {
      return false;
    }
    int rows = Math.min(context.batchSize(), total - emitted);
    List<FieldVector> vectors = new ArrayList<>();
    try {
      for (int c = 0; c < schema().size(); c++) {
        Field field = schema().field(c);
        FieldVector to = ArrowTypes.newVector(field.name(), field.type(), allocator);
        vectors.add(to);
        to.setInitialCapacity(rows);
        to.allocateNew();
        for (int r = 0; r < rows; r++) {
          lastRows.get(c).write(order.getInt(emitted + r), to, r);
        }
        to.setValueCount(rows);
      }
    } catch (RuntimeException e) {
      vectors.forEach(FieldVector::close);
      throw e;
    }
    emitted += rows;
    return emitOwned(vectors, rows);
  }

  private void drainLast() {
    for (Field field : schema().fields()) {
      lastRows.add(new ArrowValueSlots(field.type(), allocator));
    }
    positions = new ArrowStateArray(allocator, 8, 64);
    while (input.next()) {
      VectorSchemaRoot batch = input.batch();
      List<FieldVector> keys = keyVectors(batch);
      for (int i = 0; i < batch.getRowCount(); i++) {
        int id = table.findOrInsert(keys, i, table.hash(keys, i));
        positions.ensure(table.size());
        positions.setLong(id, seen++);
        for (int c = 0; c < lastRows.size(); c++) {
          lastRows.get(c).set(id, batch.getVector(c), i);
        }
      }
    }
    ArrowStateArray byPosition = positions;
    order =
        ArrowIndexSort.sort(
            table.size(),
            (a, b) -> Long.compare(byPosition.getLong(a), byPosition.getLong(b)),
            allocator);
  }

  private List<FieldVector> keyVectors(VectorSchemaRoot batch) {
    List<FieldVector> keys = new ArrayList<>();
    for (int k : keyColumns) {
      keys.add(batch.getVector(k));
    }
    return keys;
  }

  @Override
  protected void closeState() {
    lastRows.forEach(ArrowValueSlots::close);
    if (positions != null) {
      positions.close();
    }
    if (order != null) {
      order.close();
    }
    if (table != null) {
      table.close();
    }
  }

  @Override
  public String describe() {
    return "ArrowUnique " + (subset.isEmpty() ? "all columns" : subset) + " keep " + keep;
  }
}
