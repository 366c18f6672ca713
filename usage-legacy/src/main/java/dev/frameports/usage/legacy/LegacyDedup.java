package dev.frameports.usage.legacy;

import static dev.frameports.usage.legacy.LegacyFrames.ASSIGNED_GPUS;
import static dev.frameports.usage.legacy.LegacyFrames.TIMESTAMP;

import dev.frameports.usage.GpuColumns;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import joinery.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * The rank dedup of §3.3, exactly as the baseline: a GLOBAL trigger (any non-null GPU id occurring
 * twice anywhere in the frame), then a stable sort by (AssignedGPUs ascending, nulls last; rank
 * descending) and keep-first per (timestamp, AssignedGPUs), where all NULL ids of a timestamp form
 * one group. Joinery has no dedup ({@code unique()} is an aggregation), so both steps are by hand.
 */
final class LegacyDedup {
  private LegacyDedup() {}

  /**
   * The cleaned frame. When the trigger does not fire the input comes back unchanged (order and
   * NULL-id rows kept); when it fires, rows come back in id order and the NULL-id rows of each
   * timestamp collapse to the highest-ranked one.
   */
  static DataFrame<Object> apply(DataFrame<Object> df) {
    if (!hasDuplicateIds(df)) {
      return df;
    }
    List<List<Object>> rows = LegacyFrames.rowsOf(df);
    Comparator<List<Object>> byId =
        Comparator.comparing(
            row -> LegacyFrames.text(row, ASSIGNED_GPUS),
            Comparator.nullsLast(LegacyFrames.CODE_POINT_ORDER));
    // List.sort is a stable merge sort, as pandas' multi-key sort_values.
    rows.sort(byId.thenComparing(Comparator.comparingInt(LegacyDedup::rank).reversed()));
    DataFrame<Object> sorted = LegacyFrames.fromValues(rows);
    Set<List<@Nullable Object>> seen = new HashSet<>();
    return sorted.select(
        row -> seen.add(Arrays.asList(row.get(TIMESTAMP), row.get(ASSIGNED_GPUS))));
  }

  /** Primary Claimed 3, backfill Claimed 2, primary Unclaimed 1, anything else 0. */
  static int rank(List<Object> row) {
    boolean backfill = LegacyPredicates.isBackfill(row);
    if (LegacyPredicates.stateIs(row, GpuColumns.CLAIMED)) {
      return backfill ? 2 : 3;
    }
    if (LegacyPredicates.stateIs(row, GpuColumns.UNCLAIMED) && !backfill) {
      return 1;
    }
    return 0;
  }

  /** Whether any non-null id occurs more than once in the whole frame, at any timestamp. */
  static boolean hasDuplicateIds(DataFrame<Object> df) {
    Map<Object, Integer> counts = new HashMap<>();
    for (Object id : df.col(GpuColumns.ASSIGNED_GPUS)) {
      if (id != null && counts.merge(id, 1, Integer::sum) > 1) {
        return true;
      }
    }
    return false;
  }
}
