package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.TimestampText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.jspecify.annotations.Nullable;

/**
 * Value access on the canonical vectors. The boxed {@link #get}/{@link #set} are for the edges
 * (in-memory and SQLite sources, {@code collect}, the CSV sink); operators use the primitive
 * helpers.
 */
final class ArrowVectors {
  private ArrowVectors() {}

  /** The Java value of a cell; null for a null cell. */
  static @Nullable Object get(FieldVector vector, DataType type, int row) {
    if (vector.isNull(row)) {
      return null;
    }
    return switch (type) {
      case BOOLEAN -> ((BitVector) vector).get(row) != 0;
      case INT32 -> ((IntVector) vector).get(row);
      case INT64 -> ((BigIntVector) vector).get(row);
      case FLOAT64 -> ((Float8Vector) vector).get(row);
      case STRING -> string((VarCharVector) vector, row);
      case TIMESTAMP -> TimestampText.fromEpochMicros(((TimeStampMicroVector) vector).get(row));
      case DATE -> LocalDate.ofEpochDay(((DateDayVector) vector).get(row));
    };
  }

  /** Sets a cell from a Java value of the type's class (null for null), growing the vector. */
  static void set(FieldVector vector, DataType type, int row, @Nullable Object value) {
    if (value == null) {
      setNull(vector, row);
      return;
    }
    switch (type) {
      case BOOLEAN -> ((BitVector) vector).setSafe(row, (Boolean) value ? 1 : 0);
      case INT32 -> ((IntVector) vector).setSafe(row, (Integer) value);
      case INT64 -> ((BigIntVector) vector).setSafe(row, (Long) value);
      case FLOAT64 -> ((Float8Vector) vector).setSafe(row, (Double) value);
      case STRING ->
          ((VarCharVector) vector).setSafe(row, ((String) value).getBytes(StandardCharsets.UTF_8));
      case TIMESTAMP ->
          ((TimeStampMicroVector) vector)
              .setSafe(row, TimestampText.toEpochMicros((LocalDateTime) value));
      case DATE -> ((DateDayVector) vector).setSafe(row, (int) ((LocalDate) value).toEpochDay());
    }
  }

  /** Marks a cell null, growing the vector if needed. */
  static void setNull(FieldVector vector, int row) {
    if (vector instanceof VarCharVector v) {
      v.setNull(row);
    } else {
      while (row >= vector.getValueCapacity()) {
        vector.reAlloc();
      }
      vector.setNull(row);
    }
  }

  static String string(VarCharVector vector, int row) {
    int start = vector.getStartOffset(row);
    int length = vector.getEndOffset(row) - start;
    byte[] bytes = new byte[length];
    vector.getDataBuffer().getBytes(start, bytes, 0, length);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The long value of an integer-like cell (BOOLEAN, INT32, INT64, TIMESTAMP, DATE). */
  static long longAt(FieldVector vector, int row) {
    if (vector instanceof BitVector b) {
      return b.get(row);
    }
    ArrowBuf data = vector.getDataBuffer();
    return vector instanceof IntVector || vector instanceof DateDayVector
        ? data.getInt((long) row * 4)
        : data.getLong((long) row * 8);
  }

  /** The double value of a numeric cell. */
  static double doubleAt(FieldVector vector, int row) {
    return vector instanceof Float8Vector f
        ? f.getDataBuffer().getDouble((long) row * 8)
        : longAt(vector, row);
  }

  /** Unsigned byte order of two strings, which is Unicode code point order for UTF-8. */
  static int compareStrings(VarCharVector a, int i, VarCharVector b, int j) {
    return org.apache.arrow.memory.util.ByteFunctionHelpers.compare(
        a.getDataBuffer(),
        a.getStartOffset(i),
        a.getEndOffset(i),
        b.getDataBuffer(),
        b.getStartOffset(j),
        b.getEndOffset(j));
  }

  /** Unsigned byte order of a string cell against constant bytes. */
  static int compareString(VarCharVector a, int i, byte[] constant) {
    ArrowBuf data = a.getDataBuffer();
    int start = a.getStartOffset(i);
    int length = a.getEndOffset(i) - start;
    int n = Math.min(length, constant.length);
    for (int k = 0; k < n; k++) {
      int x = data.getByte(start + k) & 0xff;
      int y = constant[k] & 0xff;
      if (x != y) {
        return x < y ? -1 : 1;
      }
    }
    return Integer.compare(length, constant.length);
  }

  static boolean stringsEqual(VarCharVector a, int i, VarCharVector b, int j) {
    int la = a.getEndOffset(i) - a.getStartOffset(i);
    int lb = b.getEndOffset(j) - b.getStartOffset(j);
    return la == lb && compareStrings(a, i, b, j) == 0;
  }

  /**
   * Copies the cells at {@code rows[0..count)} of {@code from} into {@code to} at 0..count; {@code
   * to} is empty and of the same class. Sets the value count.
   */
  static void gather(FieldVector from, int[] rows, int count, FieldVector to) {
    if (to instanceof VarCharVector target) {
      VarCharVector source = (VarCharVector) from;
      target.allocateNew(Math.max(1, estimateBytes(source, rows, count)), Math.max(1, count));
      ArrowBuf data = source.getDataBuffer();
      for (int i = 0; i < count; i++) {
        int r = rows[i];
        if (source.isNull(r)) {
          target.setNull(i);
        } else {
          int start = source.getStartOffset(r);
          target.setSafe(i, start, source.getEndOffset(r) - start, data);
        }
      }
    } else {
      to.setInitialCapacity(Math.max(1, count));
      to.allocateNew();
      for (int i = 0; i < count; i++) {
        to.copyFrom(rows[i], i, from);
      }
    }
    to.setValueCount(count);
  }

  /** Copies rows [start, start+count) of {@code from} into the empty {@code to}. */
  static void slice(FieldVector from, int start, int count, FieldVector to) {
    int[] rows = new int[count];
    for (int i = 0; i < count; i++) {
      rows[i] = start + i;
    }
    gather(from, rows, count, to);
  }

  private static int estimateBytes(VarCharVector source, int[] rows, int count) {
    long total = 0;
    for (int i = 0; i < count; i++) {
      total += source.getEndOffset(rows[i]) - source.getStartOffset(rows[i]);
    }
    return (int) Math.min(total, Integer.MAX_VALUE - 8);
  }
}
