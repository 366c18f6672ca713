package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * One replaceable value per slot (group or key), all in Arrow memory: the state of {@code min},
 * {@code max} and {@code first}, and the kept row of {@code unique(keep=LAST)}. Fixed-width values
 * are overwritten in place; strings are appended to an arena that is compacted when most of it is
 * dead. An unset slot is null.
 */
final class ArrowValueSlots implements AutoCloseable {
  private final DataType type;
  private final BufferAllocator allocator;
  private FieldVector values;

  /** Strings only: arena entry + 1 per slot, 0 for null. */
  private final ArrowStateArray entries;

  private int arenaSize;
  private int slotCount;

  ArrowValueSlots(DataType type, BufferAllocator allocator) {
    this.type = type;
    this.allocator = allocator;
    this.values = ArrowTypes.newVector("slots", type, allocator);
    this.entries = new ArrowStateArray(allocator, 4, type == DataType.STRING ? 64 : 1);
    if (values instanceof VarCharVector strings) {
      strings.allocateNew(4096, 64);
    } else {
      values.setInitialCapacity(64);
      values.allocateNew();
    }
  }

  DataType type() {
    return type;
  }

  /** Copies the cell (null included) into the slot. */
  void set(int slot, FieldVector from, int row) {
    slotCount = Math.max(slotCount, slot + 1);
    if (type != DataType.STRING) {
      values.copyFromSafe(row, slot, from);
      return;
    }
    entries.ensure(slotCount);
    if (from.isNull(row)) {
      entries.setInt(slot, 0);
      return;
    }
    if (arenaSize > 1024 && arenaSize > 2L * slotCount) {
      compact();
    }
    values.copyFromSafe(row, arenaSize, from);
    entries.setInt(slot, ++arenaSize);
  }

  boolean isNull(int slot) {
    if (slot >= slotCount) {
      return true;
    }
    if (type == DataType.STRING) {
      return entries.getInt(slot) == 0;
    }
    return values.isNull(slot);
  }

  /** The order of the slot's non-null value against a non-null cell. */
  int compare(int slot, FieldVector from, int row) {
    return -ArrowRows.compare(from, row, values, index(slot), type);
  }

  /** Writes the slot's value into {@code to} at {@code toRow} (rows written in order). */
  void write(int slot, FieldVector to, int toRow) {
    if (isNull(slot)) {
      ArrowVectors.setNull(to, toRow);
    } else {
      to.copyFromSafe(index(slot), toRow, values);
    }
  }

  private int index(int slot) {
    return type == DataType.STRING ? entries.getInt(slot) - 1 : slot;
  }

  private void compact() {
    VarCharVector old = (VarCharVector) values;
    VarCharVector fresh = (VarCharVector) ArrowTypes.newVector("slots", type, allocator);
    try {
      fresh.allocateNew(4096, slotCount + 64);
      int next = 0;
      for (int slot = 0; slot < slotCount; slot++) {
        int entry = entries.getInt(slot);
        if (entry > 0) {
          fresh.copyFromSafe(entry - 1, next, old);
          entries.setInt(slot, ++next);
        }
      }
      arenaSize = next;
    } catch (RuntimeException e) {
      fresh.close();
      throw e;
    }
    old.close();
    values = fresh;
  }

  @Override
  public void close() {
    values.close();
    entries.close();
  }
}
