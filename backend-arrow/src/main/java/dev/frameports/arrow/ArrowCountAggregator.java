package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.jspecify.annotations.Nullable;

/** {@code count(x)} (non-null values) and {@code len()} (rows, when there is no input). */
final class ArrowCountAggregator extends ArrowAggregator {
  private final ArrowStateArray counts;

  ArrowCountAggregator(BufferAllocator allocator, @Nullable ArrowExprEvaluator input, String text) {
    super(allocator, input, DataType.INT64, text);
    this.counts = new ArrowStateArray(allocator, 8, 16);
  }

  @Override
  protected void ensureGroups(int groupCount) {
    counts.ensure(groupCount);
  }

  @Override
  protected void fold(@Nullable FieldVector values, int[] groups, int rows) {
    for (int i = 0; i < rows; i++) {
      if (values == null || !values.isNull(i)) {
        counts.setLong(groups[i], counts.getLong(groups[i]) + 1);
      }
    }
  }

  @Override
  void write(int group, FieldVector out, int outRow) {
    ((BigIntVector) out).setSafe(outRow, counts.getLong(group));
  }

  @Override
  public void close() {
    counts.close();
  }
}
