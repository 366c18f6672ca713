package dev.frameports.usage.stats;

import static dev.frameports.frame.Expr.col;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Keep;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SortKey;
import dev.frameports.frame.TimestampText;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.GpuModelSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The GPU-model snapshot functions (usage-stats-spec.md §3.12, {@code gpu_model_snapshot} mode),
 * reading one SQLite file directly with the window bounds bound as text in Python's {@code
 * datetime} form ({@code yyyy-MM-dd HH:mm:ss}, a fraction only when non-zero).
 */
public final class GpuModelSnapshots {
  /** The columns of {@code get_gpu_model_activity_at_time}, in upstream order. */
  public static final Schema ACTIVITY_SCHEMA =
      new Schema(
          List.of(
              Field.of(GpuColumns.TIMESTAMP, DataType.TIMESTAMP),
              Field.of(GpuColumns.NAME, DataType.STRING),
              Field.of(GpuColumns.ASSIGNED_GPUS, DataType.STRING),
              Field.of(GpuColumns.STATE, DataType.STRING),
              Field.of(GpuColumns.DEVICE_NAME, DataType.STRING),
              Field.of(GpuColumns.AVERAGE_USAGE, DataType.FLOAT64),
              Field.of(GpuColumns.MACHINE, DataType.STRING),
              Field.of(GpuColumns.REMOTE_OWNER, DataType.STRING),
              Field.of(GpuColumns.GLOBAL_JOB_ID, DataType.STRING),
              Field.of(GpuColumns.PRIORITIZED_PROJECTS, DataType.STRING)));

  private GpuModelSnapshots() {}

  /**
   * {@code get_gpu_models_at_time}: distinct non-null device names with a timestamp in {@code [t -
   * w min, t + w min]}, sorted. Cost: one query collected.
   */
  public static List<String> modelsAt(
      Backend backend, Path db, LocalDateTime time, int windowMinutes) {
    Schema schema = new Schema(List.of(Field.of(GpuColumns.DEVICE_NAME, DataType.STRING)));
    Frame names =
        backend
            .scan(
                Source.sqliteQuery(
                    List.of(db),
                    schema,
                    "SELECT DISTINCT CAST(GPUs_DeviceName AS TEXT) AS GPUs_DeviceName"
                        + " FROM gpu_state WHERE timestamp BETWEEN ? AND ?"
                        + " AND GPUs_DeviceName IS NOT NULL",
                    bounds(time, windowMinutes)))
            .sort(GpuColumns.DEVICE_NAME)
            .collect();
    List<String> result = new ArrayList<>();
    for (Object name : names.column(GpuColumns.DEVICE_NAME)) {
      result.add((String) name);
    }
    return result;
  }

  /**
   * {@code get_gpu_model_activity_at_time}: the model's rows in the window, ordered by timestamp
   * descending, Machine, AssignedGPUs. Cost: none (lazy).
   */
  public static LazyFrame activity(
      Backend backend, Path db, String model, LocalDateTime time, int windowMinutes) {
    List<String> projection = new ArrayList<>();
    for (Field field : ACTIVITY_SCHEMA.fields()) {
      String type = field.type() == DataType.FLOAT64 ? "REAL" : "TEXT";
      projection.add("CAST(\"" + field.name() + "\" AS " + type + ") AS \"" + field.name() + "\"");
    }
    Object[] window = bounds(time, windowMinutes);
    return backend.scan(
        Source.sqliteQuery(
            List.of(db),
            ACTIVITY_SCHEMA,
            "SELECT "
                + String.join(", ", projection)
                + " FROM gpu_state WHERE GPUs_DeviceName = ? AND timestamp BETWEEN ? AND ?"
                + " ORDER BY timestamp DESC, Machine, AssignedGPUs",
            model,
            window[0],
            window[1]));
  }

  /**
   * {@code analyze_gpu_model_at_time}: the snapshot closest to {@code time} (on a tie the later
   * one); empty when the window has no row of the model. Claimed GPUs need State Claimed and a
   * RemoteOwner; {@code byClass} uses {@code filter_df(snapshot, class, "", "")}, so the context's
   * exclusions apply there only. Cost: the database is read twice (the window's snapshot times,
   * then the chosen snapshot); the other plans run over that snapshot in memory.
   */
  public static Optional<GpuModelSnapshot> analyze(
      Backend backend,
      FilterContext ctx,
      Path db,
      String model,
      LocalDateTime time,
      int windowMinutes) {
    LazyFrame activity = activity(backend, db, model, time, windowMinutes);
    Frame times =
        activity
            .select(GpuColumns.TIMESTAMP)
            .unique()
            .sort(SortKey.desc(GpuColumns.TIMESTAMP))
            .collect();
    if (times.height() == 0) {
      return Optional.empty();
    }
    LocalDateTime chosen = null;
    Duration best = null;
    for (Object value : times.column(GpuColumns.TIMESTAMP)) {
      LocalDateTime ts = (LocalDateTime) value;
      Duration diff = Duration.between(ts, time).abs();
      if (best == null || diff.compareTo(best) < 0) {
        best = diff;
        chosen = ts;
      }
    }
    // one snapshot of one model is small: read it from SQLite once, run the rest in memory
    LazyFrame snapshot =
        backend.from(activity.filter(col(GpuColumns.TIMESTAMP).eq(chosen)).collect());
    Expr claimed = GpuPredicates.stateIs(GpuColumns.CLAIMED);
    Expr owned = claimed.and(col(GpuColumns.REMOTE_OWNER).isNotNull());
    List<Expr> aggs = new ArrayList<>();
    aggs.add(col(GpuColumns.ASSIGNED_GPUS).nUnique().alias("total"));
    aggs.add(FlaggedRows.distinctIds(owned, "claimed"));
    aggs.add(
        Expr.when(claimed)
            .then(col(GpuColumns.AVERAGE_USAGE))
            .otherwiseNull(DataType.FLOAT64)
            .mean()
            .alias("usage"));
    aggs.add(col(GpuColumns.MACHINE).nUnique().alias("machines"));
    Frame stats = snapshot.agg(aggs.toArray(Expr[]::new)).collect();
    long total = Cells.longAt(stats, 0, "total");
    long claimedGpus = Cells.longAt(stats, 0, "claimed");
    Double usage = Cells.doubleAt(stats, 0, "usage");

    Frame machineFrame =
        snapshot
            .filter(col(GpuColumns.MACHINE).isNotNull())
            .select(GpuColumns.MACHINE)
            .unique()
            .collect();
    List<String> machines = new ArrayList<>();
    machineFrame.column(GpuColumns.MACHINE).forEach(m -> machines.add((String) m));
    machines.sort(Cells.CODE_POINT_ORDER);

    Map<GpuClass, GpuModelSnapshot.ClassTotals> byClass = byClass(ctx, snapshot);

    Frame active =
        snapshot.filter(owned).unique(List.of(GpuColumns.ASSIGNED_GPUS), Keep.FIRST).collect();
    List<GpuModelSnapshot.ActiveJob> jobs = new ArrayList<>();
    Set<String> activeIds = new HashSet<>();
    for (int r = 0; r < active.height(); r++) {
      activeIds.add(Cells.stringAt(active, r, GpuColumns.ASSIGNED_GPUS));
      jobs.add(
          new GpuModelSnapshot.ActiveJob(
              Cells.stringAt(active, r, GpuColumns.REMOTE_OWNER),
              Cells.stringAt(active, r, GpuColumns.GLOBAL_JOB_ID),
              Cells.stringAt(active, r, GpuColumns.ASSIGNED_GPUS),
              Cells.stringAt(active, r, GpuColumns.MACHINE)));
    }
    Frame idle =
        snapshot
            .filter(GpuPredicates.stateIs(GpuColumns.UNCLAIMED))
            .unique(List.of(GpuColumns.ASSIGNED_GPUS), Keep.FIRST)
            .collect();
    List<GpuModelSnapshot.InactiveGpu> inactive = new ArrayList<>();
    for (int r = 0; r < idle.height(); r++) {
      String id = Cells.stringAt(idle, r, GpuColumns.ASSIGNED_GPUS);
      if (!activeIds.contains(id)) {
        inactive.add(
            new GpuModelSnapshot.InactiveGpu(id, Cells.stringAt(idle, r, GpuColumns.MACHINE)));
      }
    }
    return Optional.of(
        new GpuModelSnapshot(
            model,
            time,
            chosen,
            total,
            claimedGpus,
            total - claimedGpus,
            total > 0 ? 100.0 * claimedGpus / total : 0,
            usage == null ? 0 : usage * 100,
            Cells.longAt(stats, 0, "machines"),
            byClass,
            machines,
            jobs,
            inactive));
  }

  private static Map<GpuClass, GpuModelSnapshot.ClassTotals> byClass(
      FilterContext ctx, LazyFrame snapshot) {
    List<FlaggedRows.Flag> flags = new ArrayList<>();
    List<Expr> aggs = new ArrayList<>();
    aggs.add(FlaggedRows.inputRows());
    aggs.add(FlaggedRows.keptRows());
    for (int i = 0; i < GpuClass.LEGACY.size(); i++) {
      String flag = "f" + i;
      flags.add(
          new FlaggedRows.Flag(
              flag,
              ClassRule.of(FilterMode.LEGACY, GpuClass.LEGACY.get(i), "", "", ctx.chtcOwned())));
      aggs.add(FlaggedRows.distinctIds(col(flag), "total" + i));
      aggs.add(FlaggedRows.distinctIds(FlaggedRows.claimed(flag), "claimed" + i));
    }
    Frame frame =
        FlaggedRows.build(ctx, snapshot, AllocationUsage.FIFTEEN_MINUTES, List.of(), flags)
            .agg(aggs.toArray(Expr[]::new))
            .collect();
    ctx.recordFilterCall(Cells.longAt(frame, 0, "_rows"), Cells.longAt(frame, 0, "_kept_rows"));
    Map<GpuClass, GpuModelSnapshot.ClassTotals> result = new LinkedHashMap<>();
    for (int i = 0; i < GpuClass.LEGACY.size(); i++) {
      result.put(
          GpuClass.LEGACY.get(i),
          new GpuModelSnapshot.ClassTotals(
              Cells.longAt(frame, 0, "total" + i), Cells.longAt(frame, 0, "claimed" + i)));
    }
    return result;
  }

  private static Object[] bounds(LocalDateTime time, int windowMinutes) {
    return new Object[] {
      TimestampText.format(time.minusMinutes(windowMinutes)),
      TimestampText.format(time.plusMinutes(windowMinutes))
    };
  }
}
