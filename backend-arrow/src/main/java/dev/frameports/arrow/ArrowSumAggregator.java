package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.jspecify.annotations.Nullable;

/**
 * {@code sum} (exact INT64 for integers, overflow is an error; FLOAT64 for floats) and {@code mean}
 * (FLOAT64), skipping nulls; null for a group without values. Values are added in input order.
 */
final class ArrowSumAggregator extends ArrowAggregator {
  private final boolean mean;
  private final ArrowStateArray sums;
  private final ArrowStateArray counts;

  ArrowSumAggregator(
      BufferAllocator allocator,
      ArrowExprEvaluator input,
      DataType type,
      boolean mean,
      String text) {
    super(allocator, input, type, text);
    this.mean = mean;
    this.sums = new ArrowStateArray(allocator, 8, 16);
    this.counts = new ArrowStateArray(allocator, 8, 16);
  }

  @Override
  protected void ensureGroups(int groupCount) {
    sums.ensure(groupCount);
    counts.ensure(groupCount);
  }

  @Override
  protected void fold(@Nullable FieldVector values, int[] groups, int rows) {
    boolean exact = !mean && type() == DataType.INT64;
    boolean floats = values instanceof Float8Vector;
    for (int i = 0; i < rows; i++) {
      if (values.isNull(i)) {
        continue;
      }
      int g = groups[i];
      counts.setLong(g, counts.getLong(g) + 1);
      if (exact) {
        long value = ArrowVectors.longAt(values, i);
        try {
          sums.setLong(g, Math.addExact(sums.getLong(g), value));
        } catch (ArithmeticException e) {
          throw new EvaluationException("INT64 overflow in " + text());
        }
      } else {
        double value = floats ? ArrowRows.doubleAt(values, i) : ArrowVectors.longAt(values, i);
        sums.setDouble(g, sums.getDouble(g) + value);
      }
    }
  }

  @Override
  void write(int group, FieldVector out, int outRow) {
    long count = counts.getLong(group);
    if (count == 0) {
      ArrowVectors.setNull(out, outRow);
    } else if (mean) {
      ((Float8Vector) out).setSafe(outRow, sums.getDouble(group) / count);
    } else if (out instanceof BigIntVector longs) {
      longs.setSafe(outRow, sums.getLong(group));
    } else {
      ((Float8Vector) out).setSafe(outRow, sums.getDouble(group));
    }
  }

  @Override
  public void close() {
    sums.close();
    counts.close();
  }
}
