package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.ByteFunctionHelpers;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * Hashing, equality and ordering of single cells, shared by the hash tables and the sort. Floats
 * treat {@code -0.0} as {@code 0.0}; strings order by unsigned UTF-8 bytes.
 */
final class ArrowRows {
  private static final int NULL_HASH = 0x9E3779B9;

  private ArrowRows() {}

  static int hash(FieldVector vector, DataType type, int row) {
    if (vector.isNull(row)) {
      return NULL_HASH;
    }
    return switch (type) {
      case BOOLEAN -> ((BitVector) vector).get(row) + 1;
      case INT32, DATE -> mix(vector.getDataBuffer().getInt((long) row * 4));
      case INT64, TIMESTAMP -> mix(vector.getDataBuffer().getLong((long) row * 8));
      case FLOAT64 ->
          mix(Double.doubleToLongBits(vector.getDataBuffer().getDouble((long) row * 8) + 0.0));
      case STRING -> {
        VarCharVector strings = (VarCharVector) vector;
        yield ByteFunctionHelpers.hash(
            strings.getDataBuffer(), strings.getStartOffset(row), strings.getEndOffset(row));
      }
    };
  }

  static int combine(int hash, int next) {
    return hash * 31 + next;
  }

  static int mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }

  /** Equality with nulls equal to each other. */
  static boolean equal(FieldVector a, int i, FieldVector b, int j, DataType type) {
    boolean an = a.isNull(i);
    boolean bn = b.isNull(j);
    if (an || bn) {
      return an && bn;
    }
    return switch (type) {
      case STRING -> ArrowVectors.stringsEqual((VarCharVector) a, i, (VarCharVector) b, j);
      default -> compare(a, i, b, j, type) == 0;
    };
  }

  /** The order of two non-null cells of the same type. */
  static int compare(FieldVector a, int i, FieldVector b, int j, DataType type) {
    return switch (type) {
      case BOOLEAN -> Integer.compare(((BitVector) a).get(i), ((BitVector) b).get(j));
      case INT32, DATE -> Integer.compare(intAt(a, i), intAt(b, j));
      case INT64, TIMESTAMP -> Long.compare(longAt(a, i), longAt(b, j));
      case FLOAT64 -> Double.compare(doubleAt(a, i) + 0.0, doubleAt(b, j) + 0.0);
      case STRING -> ArrowVectors.compareStrings((VarCharVector) a, i, (VarCharVector) b, j);
    };
  }

  static int intAt(FieldVector v, int row) {
    return v.getDataBuffer().getInt((long) row * 4);
  }

  static long longAt(FieldVector v, int row) {
    return v.getDataBuffer().getLong((long) row * 8);
  }

  static double doubleAt(FieldVector v, int row) {
    return v.getDataBuffer().getDouble((long) row * 8);
  }

  /** Unsigned byte order of a string cell against bytes in a buffer. */
  static int compareBytes(VarCharVector a, int i, ArrowBuf data, long start, long end) {
    return ByteFunctionHelpers.compare(
        a.getDataBuffer(), a.getStartOffset(i), a.getEndOffset(i), data, start, end);
  }
}
