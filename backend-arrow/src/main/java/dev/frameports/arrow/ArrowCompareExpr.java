package dev.frameports.arrow;

import dev.frameports.frame.BinaryOp;
import dev.frameports.frame.DataType;
import dev.frameports.frame.TimestampText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/**
 * {@code = <> < <= > >=}: integers, booleans, dates and timestamps compare as longs, mixed numbers
 * as doubles, strings by unsigned UTF-8 bytes (code point order). A non-null literal on the right
 * is compared as a scalar, without a vector.
 */
final class ArrowCompareExpr implements ArrowVectorExpr {
  private enum Domain {
    LONG,
    DOUBLE,
    BYTES
  }

  private final BinaryOp op;
  private final ArrowVectorExpr left;
  private final ArrowVectorExpr right;
  private final Domain domain;
  private final BufferAllocator allocator;
  private final boolean scalar;
  private long longConstant;
  private double doubleConstant;
  private byte[] bytesConstant = new byte[0];

  ArrowCompareExpr(
      BinaryOp op, ArrowVectorExpr left, ArrowVectorExpr right, BufferAllocator allocator) {
    this.op = op;
    this.left = left;
    this.right = right;
    this.allocator = allocator;
    DataType l = left.type();
    DataType r = right.type();
    if (l == DataType.STRING) {
      domain = Domain.BYTES;
    } else if (l == DataType.FLOAT64 || r == DataType.FLOAT64) {
      domain = Domain.DOUBLE;
    } else {
      domain = Domain.LONG;
    }
    Object constant = right instanceof ArrowLiteralExpr lit ? lit.value() : null;
    scalar = constant != null;
    if (constant != null) {
      switch (domain) {
        case BYTES -> bytesConstant = ((String) constant).getBytes(StandardCharsets.UTF_8);
        case DOUBLE -> doubleConstant = ((Number) constant).doubleValue();
        default -> longConstant = asLong(constant);
      }
    }
  }

  static long asLong(Object value) {
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    } else if (value instanceof LocalDate d) {
      return d.toEpochDay();
    } else if (value instanceof LocalDateTime ts) {
      return TimestampText.toEpochMicros(ts);
    }
    return ((Number) value).longValue();
  }

  @Override
  public DataType type() {
    return DataType.BOOLEAN;
  }

  @Override
  public FieldVector eval(VectorSchemaRoot batch, int rows, boolean @Nullable [] active) {
    FieldVector a = left.eval(batch, rows, active);
    FieldVector b = scalar ? null : right.eval(batch, rows, active);
    BitVector out = new BitVector("value", allocator);
    try {
      out.allocateNew(Math.max(1, rows));
      for (int i = 0; i < rows; i++) {
        if (a.isNull(i) || b != null && b.isNull(i)) {
          continue;
        }
        int c =
            switch (domain) {
              case LONG ->
                  Long.compare(
                      ArrowVectors.longAt(a, i),
                      b == null ? longConstant : ArrowVectors.longAt(b, i));
              case DOUBLE ->
                  Double.compare(
                      ArrowVectors.doubleAt(a, i) + 0.0,
                      (b == null ? doubleConstant : ArrowVectors.doubleAt(b, i)) + 0.0);
              case BYTES ->
                  b == null
                      ? ArrowVectors.compareString((VarCharVector) a, i, bytesConstant)
                      : ArrowVectors.compareStrings((VarCharVector) a, i, (VarCharVector) b, i);
            };
        out.set(i, holds(c) ? 1 : 0);
      }
      out.setValueCount(rows);
      return out;
    } catch (RuntimeException e) {
      out.close();
      throw e;
    } finally {
      left.release(a);
      if (b != null) {
        right.release(b);
      }
    }
  }

  private boolean holds(int c) {
    return switch (op) {
      case EQ -> c == 0;
      case NE -> c != 0;
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      default -> c >= 0;
    };
  }
}
