package dev.frameports.tablesaw;

import dev.frameports.frame.Keep;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keyed dedup: one row per distinct key, the first or the last in input order, survivors in input
 * order. Nulls in a key are equal to each other.
 *
 * <p>Why by hand: Tablesaw's {@code dropDuplicateRows()} works on whole rows only, has no
 * keep-last, and compares missing values by their sentinels ({@code ""} and null would be one
 * value).
 */
final class TablesawDedup {
  private TablesawDedup() {}

  /** The positions of the surviving rows, ascending. */
  static int[] survivors(TablesawRowKeys keys, int rowCount, Keep keep) {
    Set<Object> seen = new HashSet<>();
    int[] kept = new int[rowCount];
    int count = 0;
    if (keep == Keep.FIRST) {
      for (int row = 0; row < rowCount; row++) {
        if (seen.add(keys.key(row))) {
          kept[count++] = row;
        }
      }
      return Arrays.copyOf(kept, count);
    }
    // keep LAST: scan backwards so the last occurrence is the one seen first, then restore order
    for (int row = rowCount - 1; row >= 0; row--) {
      if (seen.add(keys.key(row))) {
        kept[count++] = row;
      }
    }
    int[] ascending = new int[count];
    for (int i = 0; i < count; i++) {
      ascending[i] = kept[count - 1 - i];
    }
    return ascending;
  }

  /** The deduplicated frame; an empty {@code subset} means all columns. */
  static TablesawFrame unique(TablesawFrame frame, List<String> subset, Keep keep) {
    List<TablesawColumn> keyColumns =
        subset.isEmpty() ? frame.columns() : subset.stream().map(frame::column).toList();
    return frame.gather(survivors(new TablesawRowKeys(keyColumns), frame.rowCount(), keep));
  }
}
