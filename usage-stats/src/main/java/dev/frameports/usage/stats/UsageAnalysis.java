package dev.frameports.usage.stats;

import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.spi.Backend;
import dev.frameports.usage.AnalysisRequest;
import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.GpuModelSnapshot;
import dev.frameports.usage.report.AnalysisType;
import dev.frameports.usage.report.ReportMetadata;
import dev.frameports.usage.report.UsageReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code run_analysis} (usage-stats-spec.md §3.13) on any backend, and the entry points of the
 * {@code gpu_model_snapshot} mode.
 */
public final class UsageAnalysis {
  /** The file next to the databases that lists the CHTC-owned machines. */
  public static final String CHTC_OWNED_FILE = "chtc_owned";

  /**
   * The columns the report statistics read (allocation, device, memory, users, time series,
   * monthly): AvailableGPUs, GPUsAverageUsage and GlobalJobId are never used by them.
   */
  static final List<String> REPORT_COLUMNS =
      List.of(
          GpuColumns.NAME,
          GpuColumns.ASSIGNED_GPUS,
          GpuColumns.STATE,
          GpuColumns.DEVICE_NAME,
          GpuColumns.GLOBAL_MEMORY_MB,
          GpuColumns.PRIORITIZED_PROJECTS,
          GpuColumns.MACHINE,
          GpuColumns.REMOTE_OWNER,
          GpuColumns.TIMESTAMP);

  private UsageAnalysis() {}

  /**
   * As {@link #run(Backend, AnalysisRequest, ChtcOwnedHosts)} with the CHTC-owned hosts read from
   * {@code chtc_owned} in the folder of {@code request.dbPath()} (none when missing).
   */
  public static UsageReport run(Backend backend, AnalysisRequest request) {
    return run(
        backend,
        request,
        ChtcOwnedHosts.load(GpuStateLoader.folderOf(request.dbPath()).resolve(CHTC_OWNED_FILE)));
  }

  /**
   * Loads the window ({@link GpuStateLoader#load}), computes the metadata and the sections of the
   * analysis type:
   *
   * <ul>
   *   <li>allocation grouped by device: {@link DeviceUsage#enhanced}, {@link MemoryUsage#byMemory},
   *       {@link UserGpuHours#h200}, {@link UserGpuHours#backfill} (5 plans);
   *   <li>allocation without grouping: {@link AllocationUsage#enhanced} (1 plan);
   *   <li>timeseries: {@link TimeSeriesUsage#calculate} (1 plan);
   *   <li>monthly: {@link MonthlySummaries#calculate} (which loads its own month).
   * </ul>
   *
   * Cost: the window is read from SQLite once into memory, plus one metadata aggregate.
   *
   * @throws NoDataException when the window holds no row (also in monthly mode, as upstream)
   * @throws IllegalArgumentException for {@code gpu_model_snapshot}: use {@link #snapshot}
   */
  public static UsageReport run(Backend backend, AnalysisRequest request, ChtcOwnedHosts chtc) {
    if (request.analysisType() == AnalysisType.GPU_MODEL_SNAPSHOT) {
      throw new IllegalArgumentException(
          "gpu_model_snapshot has its own entry point: UsageAnalysis.snapshot / modelsAt");
    }
    LocalDateTime analysisStart = LocalDateTime.now();
    long startNanos = System.nanoTime();
    FilterContext ctx = new FilterContext(chtc, request.exclusions());
    ctx.resetFilteredHostsInfo();
    LazyFrame df =
        materialize(
            backend,
            GpuStateLoader.load(backend, request.dbPath(), request.hoursBack(), request.endTime()));
    WindowSummary window = WindowSummary.of(df);
    if (window.records() == 0) {
      throw new NoDataException();
    }
    Function<ReportMetadata, UsageReport> report = sections(backend, ctx, request, df);
    double seconds =
        Math.round(Duration.ofNanos(System.nanoTime() - startNanos).toMillis()) / 1000.0;
    ReportMetadata metadata =
        new ReportMetadata(
            Objects.requireNonNull(window.start()),
            Objects.requireNonNull(window.end()),
            window.intervals(),
            window.records(),
            request.hoursBack(),
            request.exclusions(),
            ctx.filteredHostsInfo(),
            request.host(),
            seconds,
            analysisStart,
            LocalDateTime.now());
    return report.apply(metadata);
  }

  /** Computes the sections of the analysis type; the metadata comes last (it lists the entries). */
  private static Function<ReportMetadata, UsageReport> sections(
      Backend backend, FilterContext ctx, AnalysisRequest request, LazyFrame df) {
    String host = request.host();
    switch (request.analysisType()) {
      case ALLOCATION:
        if (request.groupByDevice()) {
          var devices = DeviceUsage.enhanced(ctx, df, host, request.allDevices());
          var memory = MemoryUsage.byMemory(ctx, df, host);
          var h200 = UserGpuHours.h200(ctx, df, host, request.hoursBack());
          var backfill =
              UserGpuHours.backfill(ctx, df, host, request.hoursBack(), request.allDevices());
          return m -> UsageReport.byDevice(m, devices, memory, h200, backfill);
        }
        var allocation = AllocationUsage.enhanced(ctx, df, host);
        return m -> UsageReport.allocation(m, allocation);
      case TIMESERIES:
        var points = TimeSeriesUsage.calculate(ctx, df, request.bucketMinutes(), host);
        return m -> UsageReport.timeseries(m, points);
      case MONTHLY:
        var summary = MonthlySummaries.calculate(backend, ctx, request.dbPath(), request.endTime());
        return m -> UsageReport.monthly(m, summary);
      default:
        throw new IllegalArgumentException("unsupported analysis type " + request.analysisType());
    }
  }

  /**
   * {@code analyze_gpu_model_at_time} with no CHTC-owned hosts and no exclusions.
   *
   * @throws NoDataException when the model has no row in the window
   */
  public static GpuModelSnapshot snapshot(
      Backend backend, Path dbPath, String gpuModel, LocalDateTime at, int windowMinutes) {
    return snapshot(backend, FilterContext.defaults(), dbPath, gpuModel, at, windowMinutes);
  }

  /**
   * {@code analyze_gpu_model_at_time} with the given context (its exclusions apply to the per-class
   * totals only).
   *
   * @throws NoDataException when the model has no row in the window
   */
  public static GpuModelSnapshot snapshot(
      Backend backend,
      FilterContext ctx,
      Path dbPath,
      String gpuModel,
      LocalDateTime at,
      int windowMinutes) {
    return GpuModelSnapshots.analyze(backend, ctx, dbPath, gpuModel, at, windowMinutes)
        .orElseThrow(
            () ->
                new NoDataException(
                    "No data found for GPU model "
                        + gpuModel
                        + " within "
                        + windowMinutes
                        + " minutes of "
                        + at));
  }

  /** {@code get_gpu_models_at_time}. */
  public static List<String> modelsAt(
      Backend backend, Path dbPath, LocalDateTime at, int windowMinutes) {
    return GpuModelSnapshots.modelsAt(backend, dbPath, at, windowMinutes);
  }

  /**
   * The loaded rows read once and held in memory, so the several plans of one analysis do not each
   * re-read SQLite; only {@link #REPORT_COLUMNS} are kept. Cost: one collect.
   */
  static LazyFrame materialize(Backend backend, LazyFrame loaded) {
    return backend.from(loaded.select(REPORT_COLUMNS.toArray(String[]::new)).collect());
  }
}
