package dev.frameports.tablesaw;

import dev.frameports.frame.DataType;
import dev.frameports.frame.SortKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stable multi-key sort of row positions: ascending or descending per key, nulls first or last
 * per key (independently of the direction), values in {@link TablesawOrder}.
 *
 * <p>Why not {@code Table.sortOn}: Tablesaw sorts with an unstable quicksort, orders strings with
 * {@code String.compareTo} and places missing values by their sentinel (so {@code
 * Integer.MIN_VALUE} and nulls would mix).
 *
 * <p>How: each key column becomes a dense rank per row (0 for the first value in that key's order,
 * nulls ranked first or last), the keys' ranks are folded into one combined rank, and the rows are
 * sorted by {@code (combined rank, row position)} packed into a {@code long}. The position in the
 * low bits breaks ties in input order, which makes the sort stable, and every step is a primitive
 * array sort rather than a comparator over boxed rows.
 */
final class TablesawSort {
  private TablesawSort() {}

  /** The sorted frame: the sorted positions, then every column gathered once. */
  static TablesawFrame sort(TablesawFrame frame, List<SortKey> keys) {
    return frame.gather(sortedRows(frame, keys));
  }

  /** The row positions of {@code frame} in sorted order; equal rows keep their input order. */
  static int[] sortedRows(TablesawFrame frame, List<SortKey> keys) {
    int n = frame.rowCount();
    int[] combined = new int[n];
    for (SortKey key : keys) {
      int[] ranks = ranks(frame.column(key.column()), key);
      long[] pairs = new long[n];
      for (int row = 0; row < n; row++) {
        pairs[row] = (long) combined[row] << 32 | ranks[row];
      }
      combined = denseRanks(pairs);
    }
    long[] order = new long[n];
    for (int row = 0; row < n; row++) {
      order[row] = (long) combined[row] << 32 | row;
    }
    Arrays.sort(order);
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = (int) order[i]; // the low 32 bits: the position
    }
    return rows;
  }

  /** Dense ranks of one key column in that key's order, nulls first or last. */
  static int[] ranks(TablesawColumn column, SortKey key) {
    int n = column.size();
    long[] sortable = sortableValues(column);
    int[] ranks = denseRanks(sortable);
    int distinct = 0;
    for (int rank : ranks) {
      distinct = Math.max(distinct, rank + 1);
    }
    for (int row = 0; row < n; row++) {
      if (column.isNull(row)) {
        ranks[row] = key.nullsLast() ? distinct : 0;
      } else {
        int rank = key.descending() ? distinct - 1 - ranks[row] : ranks[row];
        ranks[row] = key.nullsLast() ? rank : rank + 1;
      }
    }
    return ranks;
  }

  /**
   * A long per row whose signed order is the value order ({@link TablesawOrder}). Null rows get 0,
   * which at worst adds one unused rank: {@link #ranks} places them itself. Strings are ranked by
   * code point first.
   */
  private static long[] sortableValues(TablesawColumn column) {
    int n = column.size();
    long[] values = new long[n];
    Map<String, Integer> stringRanks =
        column.type() == DataType.STRING ? rankStrings(column) : Map.of();
    for (int row = 0; row < n; row++) {
      if (column.isNull(row)) {
        continue;
      }
      values[row] =
          switch (column.type()) {
            case BOOLEAN -> column.booleanAt(row) ? 1 : 0;
            case INT32, INT64, TIMESTAMP -> column.longAt(row);
            case FLOAT64 -> sortableBits(column.doubleAt(row));
            case STRING -> stringRanks.get(column.stringAt(row));
            case DATE -> column.dateAt(row).toEpochDay();
          };
    }
    return values;
  }

  /**
   * The IEEE bits of a double, turned so that signed long order is numeric order ({@code -0.0}
   * folded into {@code 0.0}; NaN is outside the contract).
   */
  static long sortableBits(double value) {
    long bits = Double.doubleToLongBits(value + 0.0);
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  private static Map<String, Integer> rankStrings(TablesawColumn column) {
    Map<String, Integer> ranks = new HashMap<>();
    for (int row = 0; row < column.size(); row++) {
      if (!column.isNull(row)) {
        ranks.putIfAbsent(column.stringAt(row), 0);
      }
    }
    String[] distinct = ranks.keySet().toArray(new String[0]);
    Arrays.sort(distinct, TablesawOrder::compareStrings);
    for (int i = 0; i < distinct.length; i++) {
      ranks.put(distinct[i], i);
    }
    return ranks;
  }

  /** The rank of each value among the distinct values, 0 for the smallest. */
  static int[] denseRanks(long[] values) {
    long[] distinct = values.clone();
    Arrays.sort(distinct);
    int count = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (i == 0 || distinct[i] != distinct[count - 1]) {
        distinct[count++] = distinct[i];
      }
    }
    int[] ranks = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      ranks[i] = Arrays.binarySearch(distinct, 0, count, values[i]);
    }
    return ranks;
  }
}
