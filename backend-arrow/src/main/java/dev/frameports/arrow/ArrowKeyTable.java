package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * A hash table of distinct key tuples, all in Arrow memory: the keys in one vector per column (key
 * {@code id} at row {@code id}), an open-addressing slot array and the stored hashes. Nulls are
 * equal to each other; callers that must not match nulls (joins) skip such rows.
 */
final class ArrowKeyTable implements AutoCloseable {
  private final List<DataType> types;
  private final List<FieldVector> keys = new ArrayList<>();
  private final ArrowStateArray slots;
  private final ArrowStateArray hashes;
  private int size;
  private int mask;
  private boolean inserted;

  ArrowKeyTable(BufferAllocator allocator, List<Field> fields) {
    this.types = fields.stream().map(Field::type).toList();
    try {
      for (Field field : fields) {
        FieldVector vector = ArrowTypes.newVector(field.name(), field.type(), allocator);
        keys.add(vector);
        if (vector instanceof VarCharVector strings) {
          strings.allocateNew(1024, 64);
        } else {
          vector.setInitialCapacity(64);
          vector.allocateNew();
        }
      }
    } catch (RuntimeException e) {
      keys.forEach(FieldVector::close);
      throw e;
    }
    this.slots = new ArrowStateArray(allocator, 4, 64);
    this.hashes = new ArrowStateArray(allocator, 4, 64);
    this.mask = 63;
  }

  /** The number of distinct keys. */
  int size() {
    return size;
  }

  /** True when the last {@link #findOrInsert} added a new key. */
  boolean inserted() {
    return inserted;
  }

  /** The hash of a row of {@code columns} (one per key column, same types). */
  int hash(List<FieldVector> columns, int row) {
    int h = 17;
    for (int c = 0; c < columns.size(); c++) {
      h = ArrowRows.combine(h, ArrowRows.hash(columns.get(c), types.get(c), row));
    }
    return ArrowRows.mix(h);
  }

  /** The id of the row's key, inserting it first when it is new. */
  int findOrInsert(List<FieldVector> columns, int row, int hash) {
    int slot = hash & mask;
    while (true) {
      int stored = slots.getInt(slot);
      if (stored == 0) {
        break;
      }
      int id = stored - 1;
      if (hashes.getInt(id) == hash && matches(columns, row, id)) {
        inserted = false;
        return id;
      }
      slot = (slot + 1) & mask;
    }
    int id = size++;
    for (int c = 0; c < keys.size(); c++) {
      keys.get(c).copyFromSafe(row, id, columns.get(c));
    }
    hashes.ensure(size);
    hashes.setInt(id, hash);
    slots.setInt(slot, id + 1);
    inserted = true;
    if (size * 2L > mask + 1L) {
      grow();
    }
    return id;
  }

  /** The id of the row's key, or -1. */
  int find(List<FieldVector> columns, int row, int hash) {
    int slot = hash & mask;
    while (true) {
      int stored = slots.getInt(slot);
      if (stored == 0) {
        return -1;
      }
      int id = stored - 1;
      if (hashes.getInt(id) == hash && matches(columns, row, id)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  private boolean matches(List<FieldVector> columns, int row, int id) {
    for (int c = 0; c < keys.size(); c++) {
      if (!ArrowRows.equal(columns.get(c), row, keys.get(c), id, types.get(c))) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    long capacity = (mask + 1L) * 2;
    slots.ensure(capacity);
    slots.clear();
    mask = (int) capacity - 1;
    for (int id = 0; id < size; id++) {
      int slot = hashes.getInt(id) & mask;
      while (slots.getInt(slot) != 0) {
        slot = (slot + 1) & mask;
      }
      slots.setInt(slot, id + 1);
    }
  }

  /** The stored keys of one column, with its value count set to {@link #size()}. */
  FieldVector keys(int column) {
    FieldVector vector = keys.get(column);
    vector.setValueCount(size);
    return vector;
  }

  @Override
  public void close() {
    keys.forEach(FieldVector::close);
    slots.close();
    hashes.close();
  }
}
