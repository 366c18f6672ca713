package dev.frameports.bench;

import dev.frameports.frame.TimestampText;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.legacy.LegacyAnalysis;
import dev.frameports.usage.legacy.LegacyContext;
import dev.frameports.usage.legacy.LegacyFrames;
import dev.frameports.usage.legacy.LegacyLoader;
import dev.frameports.usage.report.UsageReport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import joinery.DataFrame;

/**
 * The legacy baseline: usage-legacy's loader and report, and the eight in-memory operations written
 * here in pandas style on Joinery (row predicates for boolean masks, {@code groupBy} with {@code
 * explode} for {@code groupby}, {@code sortBy} with a comparator for {@code sort_values}). Each
 * returns a new frame (or, for the floor, the new column), as pandas does.
 */
final class LegacySubject implements Subject {
  private static final int NAME = GpuColumns.ALL.indexOf(GpuColumns.NAME);
  private static final int ASSIGNED = GpuColumns.ALL.indexOf(GpuColumns.ASSIGNED_GPUS);
  private static final int STATE = GpuColumns.ALL.indexOf(GpuColumns.STATE);
  private static final int PROJECTS = GpuColumns.ALL.indexOf(GpuColumns.PRIORITIZED_PROJECTS);
  private static final int MACHINE = GpuColumns.ALL.indexOf(GpuColumns.MACHINE);
  private static final int TIMESTAMP = GpuColumns.ALL.indexOf(GpuColumns.TIMESTAMP);
  private static final List<String> SELECTED =
      List.of(GpuColumns.TIMESTAMP, GpuColumns.NAME, GpuColumns.ASSIGNED_GPUS, GpuColumns.STATE);

  private final BenchDataSet data;
  private final DataFrame<Object> loaded;

  LegacySubject(BenchDataSet data, boolean loadWindow) {
    this.data = data;
    this.loaded = loadWindow ? load() : LegacyFrames.empty();
  }

  @Override
  public String name() {
    return LEGACY;
  }

  @Override
  public Object run(Operation op) {
    DataFrame<Object> df = loaded;
    switch (op) {
      case LOAD:
        return load();
      case REPORT:
        return LegacyAnalysis.run(PortSubject.reportRequest(data));
      case FILTER3:
        return df.select(
            row ->
                GpuColumns.CLAIMED.equals(row.get(STATE))
                    && !"".equals(row.get(PROJECTS))
                    && !lower(row.get(NAME)).contains("backfill"));
      case CONTAINS_IGNORE_CASE:
        return df.select(
            row -> row.get(MACHINE) != null && lower(row.get(MACHINE)).contains("gpu"));
      case DEDUP:
        Set<List<Object>> seen = new HashSet<>();
        return df.select(row -> seen.add(Arrays.asList(row.get(TIMESTAMP), row.get(ASSIGNED))));
      case SORT2:
        return df.sortBy(
            (a, b) -> {
              int byGpu = compareNullsLast((String) a.get(ASSIGNED), (String) b.get(ASSIGNED));
              return byGpu != 0 ? byGpu : timestamp(b).compareTo(timestamp(a));
            });
      case GROUP_DATE_DISTINCT:
        Map<Object, DataFrame<Object>> days =
            df.groupBy(row -> timestamp(row).toLocalDate()).explode();
        List<List<Object>> counts = new ArrayList<>(days.size());
        days.forEach(
            (day, rows) -> {
              Set<Object> gpus = new HashSet<>(rows.col(GpuColumns.ASSIGNED_GPUS));
              gpus.remove(null);
              counts.add(List.of((LocalDate) day, (long) gpus.size()));
            });
        return counts;
      case FLOOR15:
        List<Object> buckets = new ArrayList<>(df.length());
        for (Object ts : df.col(GpuColumns.TIMESTAMP)) {
          buckets.add(LegacyFrames.floor((LocalDateTime) ts, LegacyFrames.BUCKET_MINUTES));
        }
        return buckets;
      case NOT_NULL:
        return df.select(row -> row.get(ASSIGNED) != null);
      case SELECT4:
        return df.retain(SELECTED.toArray());
      default:
        throw new IllegalArgumentException("unknown operation " + op);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public Answer answer(Operation op, Object result) {
    switch (op) {
      case REPORT:
        return Canonical.model(Reports.withoutRuntime((UsageReport) result));
      case GROUP_DATE_DISTINCT:
        return Canonical.table((List<List<Object>>) result, 2, false);
      case FLOOR15:
        List<List<Object>> single = new ArrayList<>();
        for (Object bucket : (List<Object>) result) {
          single.add(Arrays.asList(bucket));
        }
        return Canonical.table(single, 1, true);
      case SELECT4:
        return table((DataFrame<Object>) result, SELECTED);
      default:
        return table((DataFrame<Object>) result, GpuColumns.ALL);
    }
  }

  /** The rows of a Joinery frame with the columns in {@code order} (pandas' {@code df[cols]}). */
  private static Answer table(DataFrame<Object> df, List<String> order) {
    List<List<Object>> columns = new ArrayList<>(order.size());
    for (String name : order) {
      columns.add(df.col(name));
    }
    List<List<Object>> rows = new ArrayList<>(df.length());
    for (int r = 0; r < df.length(); r++) {
      List<Object> row = new ArrayList<>(order.size());
      for (List<Object> column : columns) {
        row.add(column.get(r));
      }
      rows.add(row);
    }
    return Canonical.table(rows, order.size(), true);
  }

  private DataFrame<Object> load() {
    return LegacyLoader.getTimeFilteredData(
        LegacyContext.defaults(), data.latestDatabase(), data.spanHours(), data.last());
  }

  private static LocalDateTime timestamp(List<Object> row) {
    Object value = row.get(TIMESTAMP);
    return value instanceof LocalDateTime ts ? ts : TimestampText.parse(value.toString());
  }

  private static String lower(Object text) {
    return text == null ? "" : text.toString().toLowerCase(Locale.ROOT);
  }

  /** Python's str order (by code point), None last, as {@code sort_values(na_position='last')}. */
  private static int compareNullsLast(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return compareCodePoints(a, b);
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  @Override
  public void close() {
    // heap only
  }
}
