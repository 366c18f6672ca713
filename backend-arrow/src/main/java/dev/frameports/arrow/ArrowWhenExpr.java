package dev.frameports.arrow;

import dev.frameports.frame.DataType;
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
 * {@code when(..).then(..)...otherwise(..)}: each condition is evaluated on the rows no earlier
 * branch took, each value only on the rows its branch takes (so, as in SQL, an untaken branch
 * raises no error). Values arrive converted to the result type.
 */
final class ArrowWhenExpr implements ArrowVectorExpr {
  private final List<ArrowVectorExpr> conditions;
  private final List<ArrowVectorExpr> values;
  private final DataType type;
  private final BufferAllocator allocator;

  /** {@code values} has one more element than {@code conditions}: the otherwise value. */
  ArrowWhenExpr(
      List<ArrowVectorExpr> conditions,
      List<ArrowVectorExpr> values,
      DataType type,
      BufferAllocator allocator) {
    this.conditions = List.copyOf(conditions);
    this.values = List.copyOf(values);
    this.type = type;
    this.allocator = allocator;
  }

  @Override
  public DataType type() {
    return type;
  }

  @Override
  public FieldVector eval(VectorSchemaRoot batch, int rows, boolean @Nullable [] active) {
    boolean[] remaining = new boolean[rows];
    for (int i = 0; i < rows; i++) {
      remaining[i] = ArrowVectorExpr.isActive(active, i);
    }
    int[] source = new int[rows];
    Arrays.fill(source, -1);
    List<FieldVector> results = new ArrayList<>();
    try {
      for (int b = 0; b < values.size(); b++) {
        boolean[] take = remaining.clone();
        if (b < conditions.size()) {
          ArrowVectorExpr condition = conditions.get(b);
          BitVector c = (BitVector) condition.eval(batch, rows, remaining);
          try {
            for (int i = 0; i < rows; i++) {
              take[i] = remaining[i] && !c.isNull(i) && c.get(i) == 1;
            }
          } finally {
            condition.release(c);
          }
        }
        boolean any = false;
        for (int i = 0; i < rows; i++) {
          if (take[i]) {
            remaining[i] = false;
            source[i] = b;
            any = true;
          }
        }
        results.add(any ? values.get(b).eval(batch, rows, take) : null);
      }
      return merge(results, source, rows);
    } finally {
      for (int b = 0; b < results.size(); b++) {
        if (results.get(b) != null) {
          values.get(b).release(results.get(b));
        }
      }
    }
  }

  private FieldVector merge(List<FieldVector> results, int[] source, int rows) {
    FieldVector out = ArrowTypes.newVector("value", type, allocator);
    try {
      if (out instanceof VarCharVector strings) {
        strings.allocateNew(Math.max(1, rows));
      } else {
        out.setInitialCapacity(Math.max(1, rows));
        out.allocateNew();
      }
      for (int i = 0; i < rows; i++) {
        if (source[i] >= 0) {
          out.copyFromSafe(i, i, results.get(source[i]));
        } else if (out instanceof VarCharVector strings) {
          strings.setNull(i);
        }
      }
      out.setValueCount(rows);
      return out;
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
  }
}
