package dev.frameports.usage.stats;

import static dev.frameports.frame.Expr.col;

import dev.frameports.frame.Expr;
import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.GpuColumns;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What run_analysis's metadata says about the loaded rows (usage-stats-spec.md §3.13 step 3): the
 * first and last timestamp, the distinct 15-minute buckets and the row count (before host
 * exclusion).
 */
record WindowSummary(
    @Nullable LocalDateTime start, @Nullable LocalDateTime end, int intervals, long records) {

  /** The summary of {@code df}. Cost: one global aggregate collected. */
  static WindowSummary of(LazyFrame df) {
    Expr ts = col(GpuColumns.TIMESTAMP);
    Frame f =
        df.agg(
                ts.min().alias("start"),
                ts.max().alias("end"),
                ts.truncate(AllocationUsage.FIFTEEN_MINUTES).nUnique().alias("intervals"),
                Expr.len().alias("records"))
            .collect();
    return new WindowSummary(
        Cells.timestampAt(f, 0, "start"),
        Cells.timestampAt(f, 0, "end"),
        (int) Cells.longAt(f, 0, "intervals"),
        Cells.longAt(f, 0, "records"));
  }
}
