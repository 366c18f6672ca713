package dev.frameports.arrow;

import dev.frameports.frame.AggFn;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.jspecify.annotations.Nullable;

/**
 * {@code min}, {@code max} (nulls skipped) and {@code first} (the first row's value, null
 * included), one replaceable value per group.
 */
final class ArrowExtremeAggregator extends ArrowAggregator {
  private final AggFn fn;
  private final ArrowValueSlots slots;
  private final ArrowStateArray seen;

  ArrowExtremeAggregator(
      BufferAllocator allocator, ArrowExprEvaluator input, AggFn fn, String text) {
    super(allocator, input, input.type(), text);
    this.fn = fn;
    this.slots = new ArrowValueSlots(input.type(), allocator);
    this.seen = new ArrowStateArray(allocator, 4, 16);
  }

  @Override
  protected void ensureGroups(int groupCount) {
    seen.ensure(groupCount);
  }

  @Override
  protected void fold(@Nullable FieldVector values, int[] groups, int rows) {
    for (int i = 0; i < rows; i++) {
      int g = groups[i];
      if (fn == AggFn.FIRST) {
        if (seen.getInt(g) == 0) {
          seen.setInt(g, 1);
          slots.set(g, values, i);
        }
      } else if (!values.isNull(i)) {
        if (slots.isNull(g)) {
          slots.set(g, values, i);
        } else {
          int c = slots.compare(g, values, i);
          if (fn == AggFn.MIN ? c > 0 : c < 0) {
            slots.set(g, values, i);
          }
        }
      }
    }
  }

  @Override
  void write(int group, FieldVector out, int outRow) {
    slots.write(group, out, outRow);
  }

  @Override
  public void close() {
    slots.close();
    seen.close();
  }
}
