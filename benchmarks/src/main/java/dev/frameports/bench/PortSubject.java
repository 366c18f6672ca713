package dev.frameports.bench;

import static dev.frameports.frame.Expr.col;

import dev.frameports.frame.Frame;
import dev.frameports.frame.Keep;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.SortKey;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import dev.frameports.usage.AnalysisRequest;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.report.UsageReport;
import dev.frameports.usage.stats.GpuStateLoader;
import dev.frameports.usage.stats.UsageAnalysis;
import java.time.Duration;
import java.util.List;

/**
 * A frameports backend. The in-memory operations start from the loaded window as a heap {@link
 * Frame} handed to the backend ({@code backend.from(frame)}) and end with {@code collect()}: the
 * measured time includes the backend's ingest of the rows and the result's return to the heap. That
 * is what the report pipeline itself does ({@code UsageAnalysis.materialize}), it is the
 * counterpart of upstream's {@code df.copy()} before each pandas operation, and the API offers no
 * engine-resident table to start from instead.
 */
final class PortSubject implements Subject {
  private final Backend backend;
  private final BenchDataSet data;
  private final Frame loaded;

  PortSubject(String name, BenchDataSet data, boolean loadWindow) {
    this.backend = Backends.load(name);
    this.data = data;
    try {
      this.loaded = loadWindow ? load() : Frame.empty(GpuStateLoader.SCHEMA);
    } catch (RuntimeException | Error e) {
      // nobody else holds the backend yet: close it, or its native memory outlives the failure
      backend.close();
      throw e;
    }
  }

  @Override
  public String name() {
    return backend.name();
  }

  @Override
  public Object run(Operation op) {
    switch (op) {
      case LOAD:
        return load();
      case REPORT:
        return UsageAnalysis.run(backend, reportRequest(data));
      default:
        return plan(op).collect();
    }
  }

  /** The plan of one in-memory operation over the loaded rows. */
  private LazyFrame plan(Operation op) {
    LazyFrame df = backend.from(loaded);
    switch (op) {
      case FILTER3:
        return df.filter(
            col(GpuColumns.STATE)
                .eq(GpuColumns.CLAIMED)
                .and(
                    col(GpuColumns.PRIORITIZED_PROJECTS)
                        .isNull()
                        .or(col(GpuColumns.PRIORITIZED_PROJECTS).ne("")))
                .and(
                    col(GpuColumns.NAME)
                        .isNull()
                        .or(col(GpuColumns.NAME).contains("backfill", true).not())));
      case CONTAINS_IGNORE_CASE:
        return df.filter(col(GpuColumns.MACHINE).contains("gpu", true));
      case DEDUP:
        return df.unique(List.of(GpuColumns.TIMESTAMP, GpuColumns.ASSIGNED_GPUS), Keep.FIRST);
      case SORT2:
        return df.sort(SortKey.asc(GpuColumns.ASSIGNED_GPUS), SortKey.desc(GpuColumns.TIMESTAMP));
      case GROUP_DATE_DISTINCT:
        return df.withColumns(col(GpuColumns.TIMESTAMP).date().alias("date"))
            .groupBy("date")
            .agg(col(GpuColumns.ASSIGNED_GPUS).nUnique().alias("gpus"));
      case FLOOR15:
        return df.select(
            col(GpuColumns.TIMESTAMP).truncate(Duration.ofMinutes(15)).alias("15min_bucket"));
      case NOT_NULL:
        return df.filter(col(GpuColumns.ASSIGNED_GPUS).isNotNull());
      case SELECT4:
        return df.select(
            GpuColumns.TIMESTAMP, GpuColumns.NAME, GpuColumns.ASSIGNED_GPUS, GpuColumns.STATE);
      default:
        throw new IllegalArgumentException("not an in-memory operation: " + op);
    }
  }

  @Override
  public Answer answer(Operation op, Object result) {
    if (op == Operation.REPORT) {
      return Canonical.model(Reports.withoutRuntime((UsageReport) result));
    }
    Frame frame = (Frame) result;
    return Canonical.table(frame.rows(), frame.width(), op.ordered());
  }

  private Frame load() {
    return GpuStateLoader.load(backend, data.latestDatabase(), data.spanHours(), data.last())
        .collect();
  }

  /** The default report over the data set's report window, ending at its latest timestamp. */
  static AnalysisRequest reportRequest(BenchDataSet data) {
    AnalysisRequest defaults = AnalysisRequest.defaults(data.latestDatabase());
    return new AnalysisRequest(
        defaults.dbPath(),
        data.reportHours(),
        defaults.host(),
        defaults.analysisType(),
        defaults.bucketMinutes(),
        null,
        defaults.groupByDevice(),
        defaults.allDevices(),
        defaults.exclusions());
  }

  @Override
  public void close() {
    backend.close();
  }
}
