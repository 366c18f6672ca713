package dev.frameports.usage.stats;

import static dev.frameports.frame.Expr.col;

import dev.frameports.frame.Frame;
import dev.frameports.frame.Keep;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.SortKey;
import dev.frameports.usage.GpuColumns;
import java.util.ArrayList;
import java.util.List;

/**
 * The duplicate cleanup of usage-stats-spec.md §3.3 as a plan: a stable sort by (partition keys,
 * timestamp, AssignedGPUs, rank descending) and a keyed {@code unique(..., FIRST)} on (partition
 * keys, timestamp, AssignedGPUs). Ties of rank keep the earliest row in input order because the
 * sort is stable; all NULL ids of one timestamp form one group, as in pandas.
 *
 * <p>The partition keys let one plan do what upstream did with one filter call per device or memory
 * category: the dedup of the rows of device {@code d} equals the dedup keyed by (device, timestamp,
 * id) restricted to {@code d}.
 */
final class RankDedup {
  static final String RANK = "_rank";

  private RankDedup() {}

  /**
   * The cleaned rows, same columns as {@code df}. Cost: none (lazy); {@code df.schema()} reads
   * source metadata.
   */
  static LazyFrame apply(LazyFrame df, List<String> partition) {
    List<String> columns = df.schema().names();
    List<SortKey> keys = new ArrayList<>();
    List<String> unique = new ArrayList<>();
    for (String p : partition) {
      keys.add(SortKey.asc(p));
      unique.add(p);
    }
    keys.add(SortKey.asc(GpuColumns.TIMESTAMP));
    keys.add(SortKey.asc(GpuColumns.ASSIGNED_GPUS));
    keys.add(SortKey.desc(RANK));
    unique.add(GpuColumns.TIMESTAMP);
    unique.add(GpuColumns.ASSIGNED_GPUS);
    return df.withColumns(GpuPredicates.rank().alias(RANK))
        .sort(keys.toArray(SortKey[]::new))
        .unique(unique, Keep.FIRST)
        .select(columns.toArray(String[]::new));
  }

  /**
   * The global trigger of §3.3: does any non-null AssignedGPUs value occur more than once in the
   * whole frame, at any timestamp? Cost: one global aggregate collected.
   */
  static boolean hasDuplicateIds(LazyFrame df) {
    Frame counts =
        df.agg(
                col(GpuColumns.ASSIGNED_GPUS).count().alias("ids"),
                col(GpuColumns.ASSIGNED_GPUS).nUnique().alias("distinct_ids"))
            .collect();
    return ((Number) counts.get(0, "ids")).longValue()
        > ((Number) counts.get(0, "distinct_ids")).longValue();
  }

  /**
   * {@code df} cleaned as the baseline does: only when the trigger fires, otherwise unchanged
   * (order and NULL-id rows kept). Cost: one aggregate collected for the trigger.
   */
  static LazyFrame applyIfTriggered(LazyFrame df) {
    return hasDuplicateIds(df) ? apply(df, List.of()) : df;
  }
}
