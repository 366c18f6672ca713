package dev.frameports.usage.stats;

import dev.frameports.frame.Frame;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A collected (key, bucket) aggregate, regrouped in Java by key: the keys in first-appearance order
 * of the input (by the smallest row index), each with its rows sorted by bucket. The aggregates are
 * tiny (keys × buckets), so this regrouping is cheap.
 */
final class GroupedCounts {
  static final String FIRST_ROW = "_first_row";
  static final String ROW = "_row";

  private GroupedCounts() {}

  /** Row positions of {@code frame} per non-null key, keys by first appearance. */
  static Map<String, List<Integer>> byKey(Frame frame, String keyColumn, String bucketColumn) {
    Map<String, Long> firstRow = new LinkedHashMap<>();
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    for (int r = 0; r < frame.height(); r++) {
      String key = Cells.stringAt(frame, r, keyColumn);
      if (key == null) {
        continue;
      }
      Object first = frame.get(r, FIRST_ROW);
      long position = first == null ? Long.MAX_VALUE : ((Number) first).longValue();
      firstRow.merge(key, position, Math::min);
      rows.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<String> keys = new ArrayList<>(firstRow.keySet());
    keys.sort(Comparator.comparingLong(firstRow::get));
    Map<String, List<Integer>> result = new LinkedHashMap<>();
    for (String key : keys) {
      List<Integer> positions = rows.get(key);
      positions.sort(
          Comparator.comparing(
              (Integer r) -> Objects.requireNonNull(bucketOf(frame, r, bucketColumn))));
      result.put(key, positions);
    }
    return result;
  }

  /** The number of distinct buckets in the aggregate (every input row belongs to a group). */
  static int distinctBuckets(Frame frame, String bucketColumn) {
    return (int) frame.column(bucketColumn).stream().distinct().count();
  }

  private static @Nullable LocalDateTime bucketOf(Frame frame, int row, String bucketColumn) {
    return Cells.timestampAt(frame, row, bucketColumn);
  }
}
