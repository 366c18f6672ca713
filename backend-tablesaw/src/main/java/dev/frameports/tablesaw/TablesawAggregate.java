package dev.frameports.tablesaw;

import dev.frameports.frame.Expr;
import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hash aggregation: rows are assigned to groups by key (null keys form their own group), groups are
 * numbered in order of first appearance, and each aggregate is computed by {@link
 * TablesawAccumulators} from the group numbers. Without keys there is exactly one group, even for
 * empty input.
 *
 * <p>Why not {@code table.summarize(..).by(..)}: Tablesaw sums integers as doubles (no overflow
 * error, precision lost above 2^53), drops or merges missing keys by their sentinels ({@code ""}
 * and null become one group), counts missing values in {@code countUnique} and has no
 * first-in-input-order that keeps nulls, nor one row for a global aggregate of an empty table.
 */
final class TablesawAggregate {
  private TablesawAggregate() {}

  /** Which group each row is in, and the first row of each group. */
  record Groups(int[] groupOfRow, int[] firstRow) {
    int count() {
      return firstRow.length;
    }
  }

  /** Numbers the groups of {@code keys} in first-appearance order; no key columns: one group. */
  static Groups group(List<TablesawColumn> keys, int rowCount) {
    int[] groupOfRow = new int[rowCount];
    if (keys.isEmpty()) {
      return new Groups(groupOfRow, new int[] {rowCount > 0 ? 0 : -1});
    }
    TablesawRowKeys rowKeys = new TablesawRowKeys(keys);
    Map<Object, Integer> ids = new HashMap<>();
    int[] firstRow = new int[16];
    for (int row = 0; row < rowCount; row++) {
      Integer id = ids.putIfAbsent(rowKeys.key(row), ids.size());
      if (id == null) {
        id = ids.size() - 1;
        if (id == firstRow.length) {
          firstRow = Arrays.copyOf(firstRow, firstRow.length * 2);
        }
        firstRow[id] = row;
      }
      groupOfRow[row] = id;
    }
    return new Groups(groupOfRow, Arrays.copyOf(firstRow, ids.size()));
  }

  /** Aggregates {@code input}; {@code schema} is the plan's output schema (keys, then aggs). */
  static TablesawFrame aggregate(
      TablesawFrame input, List<String> keys, List<Expr> aggs, Schema schema) {
    List<TablesawColumn> keyColumns = keys.stream().map(input::column).toList();
    Groups groups = group(keyColumns, input.rowCount());
    List<TablesawColumn> columns = new ArrayList<>();
    for (TablesawColumn key : keyColumns) {
      columns.add(key.gather(groups.firstRow()));
    }
    for (Expr agg : aggs) {
      String name = schema.field(columns.size()).name();
      columns.add(TablesawAccumulators.compute(agg, input, groups, name));
    }
    return TablesawFrame.of(schema, columns, groups.count());
  }
}
