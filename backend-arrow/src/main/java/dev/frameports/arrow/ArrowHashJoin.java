package dev.frameports.arrow;

import dev.frameports.frame.Field;
import dev.frameports.frame.JoinType;
import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/**
 * An equi-join that holds only its build side (the right input: its keys in a hash table, its other
 * needed columns in Arrow vectors, rows of a key chained in input order) and streams the left side
 * through it. Null keys never match. Output follows the left rows' order.
 */
final class ArrowHashJoin extends ArrowOperator {
  private final ArrowBatchReader left;
  private final ArrowBatchReader right;
  private final JoinType type;
  private final List<String> leftOn;
  private final List<String> rightOn;
  private final int[] leftKeys;
  private final int[] rightKeys;
  private final int[] payloadColumns;
  private @Nullable ArrowKeyTable table;
  private @Nullable ArrowTable build;
  private @Nullable ArrowStateArray heads;
  private @Nullable ArrowStateArray links;
  private @Nullable VectorSchemaRoot probe;
  private int probeRow;
  private int chain;

  /** {@code payload}: the right columns to output (right key columns excluded) and their names. */
  ArrowHashJoin(
      ArrowContext context,
      ArrowBatchReader left,
      ArrowBatchReader right,
      List<String> leftOn,
      List<String> rightOn,
      JoinType type,
      List<String> payload,
      List<String> payloadNames) {
    super(
        context,
        output(left.schema(), right.schema(), payload, payloadNames),
        List.of(left, right));
    this.left = left;
    this.right = right;
    this.type = type;
    this.leftOn = List.copyOf(leftOn);
    this.rightOn = List.copyOf(rightOn);
    this.leftKeys = leftOn.stream().mapToInt(left.schema()::indexOf).toArray();
    this.rightKeys = rightOn.stream().mapToInt(right.schema()::indexOf).toArray();
    this.payloadColumns = payload.stream().mapToInt(right.schema()::indexOf).toArray();
  }

  private static Schema output(
      Schema left, Schema right, List<String> payload, List<String> names) {
    List<Field> fields = new ArrayList<>(left.fields());
    for (int i = 0; i < payload.size(); i++) {
      fields.add(Field.of(names.get(i), right.field(payload.get(i)).type()));
    }
    return new Schema(fields);
  }

  @Override
  protected boolean advance() {
    if (table == null) {
      buildSide();
    }
    int capacity = context.batchSize();
    int[] leftRows = new int[capacity];
    int[] rightRows = new int[capacity];
    while (true) {
      if (probe == null) {
        if (!left.next()) {
          return false;
        }
        probe = left.batch();
        probeRow = 0;
        chain = 0;
      }
      int count = 0;
      List<FieldVector> keys = keyVectors(probe, leftKeys);
      int rows = probe.getRowCount();
      while (probeRow < rows && count < capacity) {
        if (chain == 0) {
          int id =
              hasNull(keys, probeRow) ? -1 : table.find(keys, probeRow, table.hash(keys, probeRow));
          int first = id < 0 ? 0 : heads.getInt(id);
          boolean matched = first != 0;
          if (type == JoinType.SEMI || type == JoinType.ANTI) {
            if (matched == (type == JoinType.SEMI)) {
              leftRows[count++] = probeRow;
            }
            probeRow++;
            continue;
          }
          if (!matched) {
            if (type == JoinType.LEFT) {
              leftRows[count] = probeRow;
              rightRows[count++] = -1;
            }
            probeRow++;
            continue;
          }
          chain = first;
        }
        leftRows[count] = probeRow;
        rightRows[count++] = chain - 1;
        chain = links.getInt(chain - 1);
        if (chain == 0) {
          probeRow++;
        }
      }
      VectorSchemaRoot current = probe;
      if (probeRow >= rows) {
        probe = null; // the next call pulls a new left batch, after this output is consumed
      }
      if (count > 0) {
        return emitJoined(current, leftRows, rightRows, count);
      }
    }
  }

  private boolean emitJoined(VectorSchemaRoot batch, int[] leftRows, int[] rightRows, int count) {
    if (count == batch.getRowCount() && payloadColumns.length == 0 && isIdentity(leftRows, count)) {
      return emitBorrowed(batch);
    }
    List<FieldVector> vectors = new ArrayList<>();
    try {
      int leftWidth = left.schema().size();
      for (int c = 0; c < leftWidth; c++) {
        Field field = schema().field(c);
        FieldVector to = ArrowTypes.newVector(field.name(), field.type(), allocator);
        vectors.add(to);
        ArrowVectors.gather(batch.getVector(c), leftRows, count, to);
      }
      for (int p = 0; p < payloadColumns.length; p++) {
        Field field = schema().field(leftWidth + p);
        FieldVector to = ArrowTypes.newVector(field.name(), field.type(), allocator);
        vectors.add(to);
        to.setInitialCapacity(count);
        to.allocateNew();
        FieldVector from = build.column(p);
        for (int i = 0; i < count; i++) {
          if (rightRows[i] < 0) {
            ArrowVectors.setNull(to, i);
          } else {
            to.copyFromSafe(rightRows[i], i, from);
          }
        }
        to.setValueCount(count);
      }
    } catch (RuntimeException e) {
      vectors.forEach(FieldVector::close);
      throw e;
    }
    return emitOwned(vectors, count);
  }

  private static boolean isIdentity(int[] rows, int count) {
    for (int i = 0; i < count; i++) {
      if (rows[i] != i) {
        return false;
      }
    }
    return true;
  }

  private void buildSide() {
    List<Field> keyFields = new ArrayList<>();
    for (int k : rightKeys) {
      keyFields.add(right.schema().field(k));
    }
    table = new ArrowKeyTable(allocator, keyFields);
    List<Field> payloadFields = new ArrayList<>();
    for (int p : payloadColumns) {
      payloadFields.add(right.schema().field(p));
    }
    build = new ArrowTable(new Schema(payloadFields), allocator);
    heads = new ArrowStateArray(allocator, 4, 64);
    links = new ArrowStateArray(allocator, 4, 64);
    ArrowStateArray tails = new ArrowStateArray(allocator, 4, 64);
    try {
      while (right.next()) {
        VectorSchemaRoot batch = right.batch();
        int base = build.rows();
        build.append(batch, payloadColumns);
        links.ensure(build.rows());
        List<FieldVector> keys = keyVectors(batch, rightKeys);
        for (int i = 0; i < batch.getRowCount(); i++) {
          if (hasNull(keys, i)) {
            continue;
          }
          int id = table.findOrInsert(keys, i, table.hash(keys, i));
          int row = base + i + 1;
          heads.ensure(table.size());
          tails.ensure(table.size());
          if (table.inserted()) {
            heads.setInt(id, row);
          } else {
            links.setInt(tails.getInt(id) - 1, row);
          }
          tails.setInt(id, row);
        }
      }
    } finally {
      tails.close();
    }
  }

  private static List<FieldVector> keyVectors(VectorSchemaRoot batch, int[] columns) {
    List<FieldVector> keys = new ArrayList<>();
    for (int k : columns) {
      keys.add(batch.getVector(k));
    }
    return keys;
  }

  private static boolean hasNull(List<FieldVector> keys, int row) {
    for (FieldVector key : keys) {
      if (key.isNull(row)) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected void closeState() {
    for (AutoCloseable state : new AutoCloseable[] {table, build, heads, links}) {
      if (state != null) {
        try {
          state.close();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  @Override
  public String describe() {
    return "ArrowHashJoin " + type + " " + leftOn + " = " + rightOn + " (build: right)";
  }
}
