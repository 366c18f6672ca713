package dev.frameports.usage.stats;

import static dev.frameports.frame.Expr.col;

import dev.frameports.frame.Expr;
import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.BackfillDayUsage;
import dev.frameports.usage.GpuClass;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * {@code analyze_backfill_utilization_by_day} (usage-stats-spec.md §3.12): per backfill class (RO,
 * CHTC, Open) and per day, over the 15-minute buckets in which the class's rows ({@code
 * filter_df_enhanced(df, class, "", "")}) occur: the mean distinct ids, the mean distinct Claimed
 * ids and {@code 100 * claimed / assigned} (0 when assigned is 0). A (class, day) without rows
 * gives no row. Unlike upstream the input is not modified.
 */
public final class BackfillByDay {
  private static final List<GpuClass> TYPES =
      List.of(
          GpuClass.BACKFILL_RESEARCHER_OWNED,
          GpuClass.BACKFILL_CHTC_OWNED,
          GpuClass.BACKFILL_OPEN_CAPACITY);

  private BackfillByDay() {}

  /** The rows, class by class, days ascending. Cost: one plan collected. */
  public static List<BackfillDayUsage> calculate(FilterContext ctx, LazyFrame df) {
    List<FlaggedRows.Flag> flags = new ArrayList<>();
    List<Expr> aggs = new ArrayList<>();
    aggs.add(FlaggedRows.inputRows());
    aggs.add(FlaggedRows.keptRows());
    for (int i = 0; i < TYPES.size(); i++) {
      String flag = "f" + i;
      flags.add(
          new FlaggedRows.Flag(
              flag, ClassRule.of(FilterMode.ENHANCED, TYPES.get(i), "", "", ctx.chtcOwned())));
      aggs.add(FlaggedRows.rows(col(flag), "n" + i));
      aggs.add(FlaggedRows.distinctIds(col(flag), "assigned" + i));
      aggs.add(FlaggedRows.distinctIds(FlaggedRows.claimed(flag), "claimed" + i));
    }
    Frame frame =
        FlaggedRows.build(ctx, df, AllocationUsage.FIFTEEN_MINUTES, List.of(), flags)
            .groupBy(FlaggedRows.BUCKET)
            .agg(aggs)
            .collect();
    long rows = 0;
    long kept = 0;
    TreeMap<LocalDate, List<Integer>> byDay = new TreeMap<>();
    for (int r = 0; r < frame.height(); r++) {
      rows += Cells.longAt(frame, r, "_rows");
      kept += Cells.longAt(frame, r, "_kept_rows");
      LocalDateTime bucket = Cells.timestampAt(frame, r, FlaggedRows.BUCKET);
      byDay.computeIfAbsent(bucket.toLocalDate(), d -> new ArrayList<>()).add(r);
    }
    ctx.recordFilterCall(rows, kept);
    List<BackfillDayUsage> result = new ArrayList<>();
    for (int i = 0; i < TYPES.size(); i++) {
      String slotType = TYPES.get(i).key().substring("Backfill-".length());
      for (var day : byDay.entrySet()) {
        long assignedSum = 0;
        long claimedSum = 0;
        int buckets = 0;
        for (int r : day.getValue()) {
          if (Cells.longAt(frame, r, "n" + i) > 0) {
            assignedSum += Cells.longAt(frame, r, "assigned" + i);
            claimedSum += Cells.longAt(frame, r, "claimed" + i);
            buckets++;
          }
        }
        if (buckets > 0) {
          double assigned = (double) assignedSum / buckets;
          double claimed = (double) claimedSum / buckets;
          result.add(
              new BackfillDayUsage(
                  day.getKey(),
                  slotType,
                  assigned,
                  claimed,
                  assigned > 0 ? 100 * claimed / assigned : 0));
        }
      }
    }
    return result;
  }
}
