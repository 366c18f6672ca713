package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/**
 * Membership in constants, by binary search in sorted primitive arrays (strings: sorted UTF-8
 * bytes). Numbers compare by value: an integer column matches {@code 2.0} but never {@code 2.5}.
 */
final class ArrowIsInExpr implements ArrowVectorExpr {
  private final ArrowVectorExpr input;
  private final BufferAllocator allocator;
  private final boolean doubles;
  private final long[] longValues;
  private final double[] doubleValues;
  private final byte[][] stringValues;

  ArrowIsInExpr(ArrowVectorExpr input, List<Object> values, BufferAllocator allocator) {
    this.input = input;
    this.allocator = allocator;
    DataType type = input.type();
    boolean anyFraction = values.stream().anyMatch(v -> v instanceof Double d && d != Math.rint(d));
    this.doubles = type == DataType.FLOAT64 || type.isInteger() && anyFraction;
    this.doubleValues =
        values.stream()
            .filter(v -> v instanceof Number)
            .mapToDouble(v -> ((Number) v).doubleValue() + 0.0)
            .sorted()
            .toArray();
    List<Long> longs = new ArrayList<>();
    for (Object v : values) {
      if (v instanceof Double d) {
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
          longs.add((long) (double) d);
        }
      } else if (!(v instanceof String)) {
        longs.add(ArrowCompareExpr.asLong(v));
      }
    }
    this.longValues = longs.stream().mapToLong(Long::longValue).sorted().toArray();
    this.stringValues =
        values.stream()
            .filter(v -> v instanceof String)
            .map(v -> ((String) v).getBytes(StandardCharsets.UTF_8))
            .sorted(Arrays::compareUnsigned)
            .toArray(byte[][]::new);
  }

  @Override
  public DataType type() {
    return DataType.BOOLEAN;
  }

  @Override
  public FieldVector eval(VectorSchemaRoot batch, int rows, boolean @Nullable [] active) {
    FieldVector a = input.eval(batch, rows, active);
    BitVector out = new BitVector("value", allocator);
    try {
      out.allocateNew(Math.max(1, rows));
      for (int i = 0; i < rows; i++) {
        if (!a.isNull(i)) {
          out.set(i, contains(a, i) ? 1 : 0);
        }
      }
      out.setValueCount(rows);
      return out;
    } catch (RuntimeException e) {
      out.close();
      throw e;
    } finally {
      input.release(a);
    }
  }

  private boolean contains(FieldVector a, int row) {
    if (a instanceof VarCharVector strings) {
      int lo = 0;
      int hi = stringValues.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = ArrowVectors.compareString(strings, row, stringValues[mid]);
        if (c == 0) {
          return true;
        } else if (c < 0) {
          hi = mid - 1;
        } else {
          lo = mid + 1;
        }
      }
      return false;
    } else if (doubles) {
      return Arrays.binarySearch(doubleValues, ArrowVectors.doubleAt(a, row) + 0.0) >= 0;
    }
    return Arrays.binarySearch(longValues, ArrowVectors.longAt(a, row)) >= 0;
  }
}
