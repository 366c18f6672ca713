package dev.frameports.arrow;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;

/**
 * A growable, zero-initialised array of 4- or 8-byte primitives in one Arrow buffer, so operator
 * state (group sums, hash slots, sort indexes) is charged to the operator's allocator and its limit
 * rather than hidden on the heap.
 */
final class ArrowStateArray implements AutoCloseable {
  private final BufferAllocator allocator;
  private final int width;
  private ArrowBuf buffer;
  private long capacity;

  ArrowStateArray(BufferAllocator allocator, int width, long initialCapacity) {
    this.allocator = allocator;
    this.width = width;
    this.capacity = Math.max(16, initialCapacity);
    this.buffer = allocator.buffer(capacity * width);
    buffer.setZero(0, capacity * width);
  }

  long capacity() {
    return capacity;
  }

  /** Grows (doubling, zero-filled) until {@code size} elements fit. */
  void ensure(long size) {
    if (size <= capacity) {
      return;
    }
    long grown = capacity;
    while (grown < size) {
      grown *= 2;
    }
    ArrowBuf bigger = allocator.buffer(grown * width);
    bigger.setBytes(0, buffer, 0, capacity * width);
    bigger.setZero(capacity * width, (grown - capacity) * width);
    buffer.close();
    buffer = bigger;
    capacity = grown;
  }

  /** Sets every element to zero. */
  void clear() {
    buffer.setZero(0, capacity * width);
  }

  int getInt(long index) {
    return buffer.getInt(index * 4);
  }

  void setInt(long index, int value) {
    buffer.setInt(index * 4, value);
  }

  long getLong(long index) {
    return buffer.getLong(index * 8);
  }

  void setLong(long index, long value) {
    buffer.setLong(index * 8, value);
  }

  double getDouble(long index) {
    return buffer.getDouble(index * 8);
  }

  void setDouble(long index, double value) {
    buffer.setDouble(index * 8, value);
  }

  @Override
  public void close() {
    buffer.close();
  }
}
