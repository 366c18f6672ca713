package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuColumns.CLAIMED;
import static dev.frameports.usage.GpuColumns.UNCLAIMED;
import static dev.frameports.usage.legacy.LegacyFrames.ASSIGNED_GPUS;
import static dev.frameports.usage.legacy.LegacyFrames.AVERAGE_USAGE;
import static dev.frameports.usage.legacy.LegacyFrames.GLOBAL_JOB_ID;
import static dev.frameports.usage.legacy.LegacyFrames.MACHINE;
import static dev.frameports.usage.legacy.LegacyFrames.REMOTE_OWNER;

import dev.frameports.frame.TimestampText;
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
import java.util.TreeSet;
import joinery.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * The GPU-model snapshot analysis (§3.12, {@code --analysis-type gpu_model_snapshot}). These read
 * one database directly; the window bounds are bound as Python's {@code str(datetime)} text ({@code
 * YYYY-MM-DD HH:MM:SS[.ffffff]}), so the range test is a text comparison.
 */
public final class LegacySnapshot {
  /** The columns of {@code get_gpu_model_activity_at_time}, in upstream order. */
  public static final List<String> ACTIVITY_COLUMNS =
      List.of(
          GpuColumns.TIMESTAMP,
          GpuColumns.NAME,
          GpuColumns.ASSIGNED_GPUS,
          GpuColumns.STATE,
          GpuColumns.DEVICE_NAME,
          GpuColumns.AVERAGE_USAGE,
          GpuColumns.MACHINE,
          GpuColumns.REMOTE_OWNER,
          GpuColumns.GLOBAL_JOB_ID,
          GpuColumns.PRIORITIZED_PROJECTS);

  private LegacySnapshot() {}

  /**
   * {@code get_gpu_models_at_time}: the distinct non-null device names with a timestamp in {@code
   * [t - w min, t + w min]}, sorted.
   */
  public static List<String> getGpuModelsAtTime(Path db, LocalDateTime time, int windowMinutes) {
    DataFrame<Object> models =
        LegacySqlite.query(
            db,
            "SELECT DISTINCT GPUs_DeviceName FROM gpu_state WHERE timestamp BETWEEN ? AND ?"
                + " AND GPUs_DeviceName IS NOT NULL",
            bounds(time, windowMinutes));
    TreeSet<String> names = new TreeSet<>(LegacyFrames.CODE_POINT_ORDER);
    for (Object name : models.col(0)) {
      names.add(name.toString());
    }
    return new ArrayList<>(names);
  }

  /**
   * {@code get_gpu_model_activity_at_time}: the model's rows in the window with the columns of
   * {@link #ACTIVITY_COLUMNS}, ordered by timestamp descending, Machine, AssignedGPUs (text order);
   * timestamps parsed.
   */
  public static DataFrame<Object> getGpuModelActivityAtTime(
      Path db, String model, LocalDateTime time, int windowMinutes) {
    List<String> params = new ArrayList<>();
    params.add(model);
    params.addAll(bounds(time, windowMinutes));
    DataFrame<Object> rows =
        LegacySqlite.query(
            db,
            "SELECT "
                + String.join(", ", ACTIVITY_COLUMNS)
                + " FROM gpu_state WHERE GPUs_DeviceName = ? AND timestamp BETWEEN ? AND ?"
                + " ORDER BY timestamp DESC, Machine, AssignedGPUs",
            params);
    int ts = ACTIVITY_COLUMNS.indexOf(GpuColumns.TIMESTAMP);
    for (int i = 0; i < rows.length(); i++) {
      rows.set(i, ts, TimestampText.parse(rows.get(i, ts).toString()));
    }
    return rows;
  }

  /**
   * {@code analyze_gpu_model_at_time}: the snapshot closest to {@code time} (on a tie the first in
   * descending order, i.e. the later one), or empty when the window has no row of the model.
   * Claimed GPUs need State Claimed AND a non-null RemoteOwner; {@code by_class} uses {@code
   * filter_df(snapshot, c, "", "")} for Priority, Shared, Backfill (host exclusions apply there
   * only); active jobs are the owned Claimed rows and inactive GPUs the Unclaimed rows, each first
   * row per GPU id in activity order, inactive ones without the active ids.
   */
  public static Optional<GpuModelSnapshot> analyzeGpuModelAtTime(
      LegacyContext ctx, Path db, String model, LocalDateTime time, int windowMinutes) {
    DataFrame<Object> activity =
        LegacySqlite.toLegacyLayout(getGpuModelActivityAtTime(db, model, time, windowMinutes));
    if (activity.isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime chosen = null;
    Duration best = null;
    for (List<Object> row : activity) {
      LocalDateTime ts = LegacyFrames.timestamp(row);
      Duration diff = Duration.between(ts, time).abs();
      if (best == null || diff.compareTo(best) < 0) {
        best = diff;
        chosen = ts;
      }
    }
    LocalDateTime snapshotTime = chosen;
    DataFrame<Object> snapshot =
        activity.select(row -> LegacyFrames.timestamp(row).equals(snapshotTime));

    long total = LegacyFrames.distinctIds(snapshot).size();
    DataFrame<Object> claimedRows = snapshot.select(row -> LegacyPredicates.stateIs(row, CLAIMED));
    DataFrame<Object> owned = claimedRows.select(row -> row.get(REMOTE_OWNER) != null);
    long claimed = LegacyFrames.distinctIds(owned).size();
    List<Double> usage = new ArrayList<>();
    for (List<Object> row : claimedRows) {
      Number u = LegacyFrames.number(row, AVERAGE_USAGE);
      if (u != null) {
        usage.add(u.doubleValue());
      }
    }

    Map<GpuClass, GpuModelSnapshot.ClassTotals> byClass = new LinkedHashMap<>();
    for (GpuClass c : GpuClass.LEGACY) {
      DataFrame<Object> f = LegacyFilters.filterDf(ctx, snapshot, c, "", "");
      byClass.put(
          c,
          new GpuModelSnapshot.ClassTotals(
              LegacyFrames.distinctIds(f).size(),
              LegacyFrames.distinctIdsInState(f, CLAIMED).size()));
    }

    TreeSet<String> machines = new TreeSet<>(LegacyFrames.CODE_POINT_ORDER);
    for (Object m : snapshot.col(GpuColumns.MACHINE)) {
      if (m != null) {
        machines.add(m.toString());
      }
    }

    List<GpuModelSnapshot.ActiveJob> activeJobs = new ArrayList<>();
    Set<Object> activeIds = new HashSet<>();
    for (List<Object> row : firstPerGpu(owned)) {
      activeIds.add(row.get(ASSIGNED_GPUS));
      activeJobs.add(
          new GpuModelSnapshot.ActiveJob(
              LegacyFrames.text(row, REMOTE_OWNER),
              LegacyFrames.text(row, GLOBAL_JOB_ID),
              LegacyFrames.text(row, ASSIGNED_GPUS),
              LegacyFrames.text(row, MACHINE)));
    }
    List<GpuModelSnapshot.InactiveGpu> inactive = new ArrayList<>();
    DataFrame<Object> unclaimedRows =
        snapshot.select(row -> LegacyPredicates.stateIs(row, UNCLAIMED));
    for (List<Object> row : firstPerGpu(unclaimedRows)) {
      if (!activeIds.contains(row.get(ASSIGNED_GPUS))) {
        inactive.add(
            new GpuModelSnapshot.InactiveGpu(
                LegacyFrames.text(row, ASSIGNED_GPUS), LegacyFrames.text(row, MACHINE)));
      }
    }

    return Optional.of(
        new GpuModelSnapshot(
            model,
            time,
            snapshotTime,
            total,
            claimed,
            total - claimed,
            total > 0 ? 100.0 * claimed / total : 0,
            LegacyStats.mean(usage) * 100,
            machines.size(),
            byClass,
            new ArrayList<>(machines),
            activeJobs,
            inactive));
  }

  /** {@code drop_duplicates('AssignedGPUs')}: the first row per id, NULL ids one group. */
  private static List<List<Object>> firstPerGpu(DataFrame<Object> rows) {
    Set<@Nullable Object> seen = new HashSet<>();
    List<List<Object>> first = new ArrayList<>();
    for (List<Object> row : LegacyFrames.rowsOf(rows)) {
      if (seen.add(row.get(ASSIGNED_GPUS))) {
        first.add(row);
      }
    }
    return first;
  }

  private static List<String> bounds(LocalDateTime time, int windowMinutes) {
    return List.of(
        TimestampText.format(time.minusMinutes(windowMinutes)),
        TimestampText.format(time.plusMinutes(windowMinutes)));
  }
}
