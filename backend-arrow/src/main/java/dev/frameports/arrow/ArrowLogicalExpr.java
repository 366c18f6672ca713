package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/** Kleene {@code AND}, {@code OR}, {@code NOT} and the never-null {@code IS NULL}. */
final class ArrowLogicalExpr implements ArrowVectorExpr {
  enum Kind {
    AND,
    OR,
    NOT,
    IS_NULL
  }

  private final Kind kind;
  private final ArrowVectorExpr left;
  private final @Nullable ArrowVectorExpr right;
  private final BufferAllocator allocator;

  ArrowLogicalExpr(
      Kind kind, ArrowVectorExpr left, @Nullable ArrowVectorExpr right, BufferAllocator allocator) {
    this.kind = kind;
    this.left = left;
    this.right = right;
    this.allocator = allocator;
  }

  @Override
  public DataType type() {
    return DataType.BOOLEAN;
  }

  @Override
  public FieldVector eval(VectorSchemaRoot batch, int rows, boolean @Nullable [] active) {
    FieldVector a = left.eval(batch, rows, active);
    FieldVector b = right == null ? null : right.eval(batch, rows, active);
    BitVector out = new BitVector("value", allocator);
    try {
      out.allocateNew(Math.max(1, rows));
      switch (kind) {
        case IS_NULL -> {
          for (int i = 0; i < rows; i++) {
            out.set(i, a.isNull(i) ? 1 : 0);
          }
        }
        case NOT -> {
          BitVector x = (BitVector) a;
          for (int i = 0; i < rows; i++) {
            if (!x.isNull(i)) {
              out.set(i, 1 - x.get(i));
            }
          }
        }
        default -> kleene((BitVector) a, (BitVector) b, out, rows);
      }
      out.setValueCount(rows);
      return out;
    } catch (RuntimeException e) {
      out.close();
      throw e;
    } finally {
      left.release(a);
      if (b != null && right != null) {
        right.release(b);
      }
    }
  }

  private void kleene(BitVector a, BitVector b, BitVector out, int rows) {
    // the value that decides alone: false for AND, true for OR
    int dominant = kind == Kind.AND ? 0 : 1;
    for (int i = 0; i < rows; i++) {
      boolean an = a.isNull(i);
      boolean bn = b.isNull(i);
      int av = an ? -1 : a.get(i);
      int bv = bn ? -1 : b.get(i);
      if (av == dominant || bv == dominant) {
        out.set(i, dominant);
      } else if (!an && !bn) {
        out.set(i, 1 - dominant);
      }
    }
  }
}
