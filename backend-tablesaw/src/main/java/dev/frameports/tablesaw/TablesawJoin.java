package dev.frameports.tablesaw;

import dev.frameports.frame.JoinType;
import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hash equi-joins: the right side is indexed, the left side probed in input order, so the output
 * lists left rows in input order and, for each, its matches in right input order. Null keys never
 * match: an inner join drops them, a left join keeps the left row with null right columns, a semi
 * join drops it, an anti join keeps it.
 *
 * <p>Why not Tablesaw's {@code joinOn(..).inner()/leftOuter()}: it matches missing values like any
 * other value (and {@code ""} with null, {@code Integer.MIN_VALUE} with null), and it has no semi
 * or anti join.
 */
final class TablesawJoin {
  private TablesawJoin() {}

  /** Matching row pairs: {@code left[i]} with {@code right[i]}, {@code -1} for "no right row". */
  record Pairs(int[] left, int[] right) {}

  /** The row pairs of an inner or left join. */
  static Pairs pairs(
      TablesawRowKeys leftKeys,
      int leftRows,
      TablesawRowKeys rightKeys,
      int rightRows,
      boolean keepUnmatched) {
    Map<Object, List<Integer>> index = index(rightKeys, rightRows);
    int[] left = new int[Math.max(16, leftRows)];
    int[] right = new int[left.length];
    int count = 0;
    for (int row = 0; row < leftRows; row++) {
      List<Integer> matches = leftKeys.anyNull(row) ? null : index.get(leftKeys.key(row));
      if (matches == null && !keepUnmatched) {
        continue;
      }
      List<Integer> partners = matches == null ? List.of(-1) : matches;
      if (count + partners.size() > left.length) {
        int capacity = Math.max(left.length * 2, count + partners.size());
        left = Arrays.copyOf(left, capacity);
        right = Arrays.copyOf(right, capacity);
      }
      for (int partner : partners) {
        left[count] = row;
        right[count++] = partner;
      }
    }
    return new Pairs(Arrays.copyOf(left, count), Arrays.copyOf(right, count));
  }

  /**
   * The left rows of a semi join (those with at least one match, once each) or, with {@code anti},
   * of an anti join (those without a match, null keys included), ascending.
   */
  static int[] semiJoinRows(
      TablesawRowKeys leftKeys,
      int leftRows,
      TablesawRowKeys rightKeys,
      int rightRows,
      boolean anti) {
    Set<Object> present = new HashSet<>();
    for (int row = 0; row < rightRows; row++) {
      if (!rightKeys.anyNull(row)) {
        present.add(rightKeys.key(row));
      }
    }
    int[] kept = new int[leftRows];
    int count = 0;
    for (int row = 0; row < leftRows; row++) {
      boolean matched = !leftKeys.anyNull(row) && present.contains(leftKeys.key(row));
      if (matched != anti) {
        kept[count++] = row;
      }
    }
    return Arrays.copyOf(kept, count);
  }

  /** Joins two frames; {@code schema} is the output schema from the plan. */
  static TablesawFrame join(
      TablesawFrame left,
      TablesawFrame right,
      List<String> leftOn,
      List<String> rightOn,
      JoinType type,
      Schema schema) {
    TablesawRowKeys leftKeys = keys(left, leftOn);
    TablesawRowKeys rightKeys = keys(right, rightOn);
    if (type == JoinType.SEMI || type == JoinType.ANTI) {
      return left.gather(
          semiJoinRows(
              leftKeys, left.rowCount(), rightKeys, right.rowCount(), type == JoinType.ANTI));
    }
    Pairs pairs =
        pairs(leftKeys, left.rowCount(), rightKeys, right.rowCount(), type == JoinType.LEFT);
    List<TablesawColumn> columns = new ArrayList<>(left.gather(pairs.left()).columns());
    Set<String> rightKeyNames = new HashSet<>(rightOn);
    for (int c = 0; c < right.schema().size(); c++) {
      if (!rightKeyNames.contains(right.schema().field(c).name())) {
        String name = schema.field(columns.size()).name();
        columns.add(right.column(c).gatherOrNull(pairs.right(), name));
      }
    }
    return TablesawFrame.of(schema, columns, pairs.left().length);
  }

  private static TablesawRowKeys keys(TablesawFrame frame, List<String> names) {
    return new TablesawRowKeys(names.stream().map(frame::column).toList());
  }

  private static Map<Object, List<Integer>> index(TablesawRowKeys keys, int rows) {
    Map<Object, List<Integer>> index = new HashMap<>();
    for (int row = 0; row < rows; row++) {
      if (!keys.anyNull(row)) {
        index.computeIfAbsent(keys.key(row), k -> new ArrayList<>(1)).add(row);
      }
    }
    return index;
  }
}
