package dev.frameports.arrow;

import dev.frameports.frame.BinaryOp;
import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/**
 * {@code + - * /} over operands already converted to the result type (FLOAT64 for division):
 * primitive loops, exact integer arithmetic, null when either side is null or the divisor is 0.
 */
final class ArrowArithmeticExpr implements ArrowVectorExpr {
  private final BinaryOp op;
  private final ArrowVectorExpr left;
  private final ArrowVectorExpr right;
  private final DataType type;
  private final String text;
  private final BufferAllocator allocator;

  ArrowArithmeticExpr(
      BinaryOp op,
      ArrowVectorExpr left,
      ArrowVectorExpr right,
      DataType type,
      String text,
      BufferAllocator allocator) {
    this.op = op;
    this.left = left;
    this.right = right;
    this.type = type;
    this.text = text;
    this.allocator = allocator;
  }

  @Override
  public DataType type() {
    return type;
  }

  @Override
  public FieldVector eval(VectorSchemaRoot batch, int rows, boolean @Nullable [] active) {
    FieldVector a = left.eval(batch, rows, active);
    try {
      FieldVector b = right.eval(batch, rows, active);
      try {
        return switch (type) {
          case INT32 -> ints((IntVector) a, (IntVector) b, rows, active);
          case INT64 -> longs((BigIntVector) a, (BigIntVector) b, rows, active);
          default -> doubles((Float8Vector) a, (Float8Vector) b, rows);
        };
      } finally {
        right.release(b);
      }
    } finally {
      left.release(a);
    }
  }

  private IntVector ints(IntVector a, IntVector b, int rows, boolean @Nullable [] active) {
    IntVector out = new IntVector("value", allocator);
    out.allocateNew(Math.max(1, rows));
    ArrowBuf x = a.getDataBuffer();
    ArrowBuf y = b.getDataBuffer();
    for (int i = 0; i < rows; i++) {
      if (a.isNull(i) || b.isNull(i)) {
        continue;
      }
      int p = x.getInt((long) i * 4);
      int q = y.getInt((long) i * 4);
      try {
        out.set(
            i,
            switch (op) {
              case ADD -> Math.addExact(p, q);
              case SUB -> Math.subtractExact(p, q);
              default -> Math.multiplyExact(p, q);
            });
      } catch (ArithmeticException e) {
        if (ArrowVectorExpr.isActive(active, i)) {
          out.close();
          throw overflow(p, q);
        }
      }
    }
    out.setValueCount(rows);
    return out;
  }

  private BigIntVector longs(
      BigIntVector a, BigIntVector b, int rows, boolean @Nullable [] active) {
    BigIntVector out = new BigIntVector("value", allocator);
    out.allocateNew(Math.max(1, rows));
    ArrowBuf x = a.getDataBuffer();
    ArrowBuf y = b.getDataBuffer();
    for (int i = 0; i < rows; i++) {
      if (a.isNull(i) || b.isNull(i)) {
        continue;
      }
      long p = x.getLong((long) i * 8);
      long q = y.getLong((long) i * 8);
      try {
        out.set(
            i,
            switch (op) {
              case ADD -> Math.addExact(p, q);
              case SUB -> Math.subtractExact(p, q);
              default -> Math.multiplyExact(p, q);
            });
      } catch (ArithmeticException e) {
        if (ArrowVectorExpr.isActive(active, i)) {
          out.close();
          throw overflow(p, q);
        }
      }
    }
    out.setValueCount(rows);
    return out;
  }

  private Float8Vector doubles(Float8Vector a, Float8Vector b, int rows) {
    Float8Vector out = new Float8Vector("value", allocator);
    out.allocateNew(Math.max(1, rows));
    ArrowBuf x = a.getDataBuffer();
    ArrowBuf y = b.getDataBuffer();
    for (int i = 0; i < rows; i++) {
      if (a.isNull(i) || b.isNull(i)) {
        continue;
      }
      double p = x.getDouble((long) i * 8);
      double q = y.getDouble((long) i * 8);
      switch (op) {
        case ADD -> out.set(i, p + q);
        case SUB -> out.set(i, p - q);
        case MUL -> out.set(i, p * q);
        default -> {
          if (q != 0.0) {
            out.set(i, p / q);
          }
        }
      }
    }
    out.setValueCount(rows);
    return out;
  }

  private EvaluationException overflow(long p, long q) {
    return new EvaluationException(
        type + " overflow in " + text + ": " + p + " " + op.symbol() + " " + q);
  }
}
