package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.jspecify.annotations.Nullable;

/**
 * Exact {@code nUnique}: a hash set of distinct (group, value) pairs, so its state grows with the
 * number of distinct values per group, not with the input.
 */
final class ArrowDistinctAggregator extends ArrowAggregator {
  private final ArrowKeyTable pairs;
  private final ArrowStateArray counts;

  ArrowDistinctAggregator(BufferAllocator allocator, ArrowExprEvaluator input, String text) {
    super(allocator, input, DataType.INT64, text);
    this.pairs =
        new ArrowKeyTable(
            allocator, List.of(Field.of("group", DataType.INT32), Field.of("value", input.type())));
    this.counts = new ArrowStateArray(allocator, 8, 16);
  }

  @Override
  protected void ensureGroups(int groupCount) {
    counts.ensure(groupCount);
  }

  @Override
  protected void fold(@Nullable FieldVector values, int[] groups, int rows) {
    try (IntVector groupIds = new IntVector("group", allocator)) {
      groupIds.allocateNew(Math.max(1, rows));
      for (int i = 0; i < rows; i++) {
        groupIds.set(i, groups[i]);
      }
      groupIds.setValueCount(rows);
      List<FieldVector> columns = List.of(groupIds, values);
      for (int i = 0; i < rows; i++) {
        if (values.isNull(i)) {
          continue;
        }
        pairs.findOrInsert(columns, i, pairs.hash(columns, i));
        if (pairs.inserted()) {
          counts.setLong(groups[i], counts.getLong(groups[i]) + 1);
        }
      }
    }
  }

  @Override
  void write(int group, FieldVector out, int outRow) {
    ((BigIntVector) out).setSafe(outRow, counts.getLong(group));
  }

  @Override
  public void close() {
    pairs.close();
    counts.close();
  }
}
