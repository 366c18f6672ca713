package dev.frameports.usage.legacy;

import dev.frameports.usage.AnalysisRequest;
import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuModelSnapshot;
import dev.frameports.usage.MemoryCategory;
import dev.frameports.usage.MonthlySummary;
import dev.frameports.usage.TimeSeriesPoint;
import dev.frameports.usage.UsageStats;
import dev.frameports.usage.UserUsage;
import dev.frameports.usage.report.AnalysisType;
import dev.frameports.usage.report.ReportMetadata;
import dev.frameports.usage.report.UsageReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import joinery.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * {@code run_analysis} (usage-stats-spec.md §3.13) and the GPU-model snapshot mode on the oracle:
 * the same {@link AnalysisRequest} in, the same {@link UsageReport} out as the port's {@code
 * UsageAnalysis}, so the equivalence suite can compare the two report by report.
 *
 * <p>The CHTC-owned hosts come from the file {@code chtc_owned} beside the database (a missing file
 * is an empty set, as upstream); the generator writes it there.
 */
public final class LegacyAnalysis {
  /** The file name of the CHTC-owned host list, looked up in the database's folder. */
  public static final String CHTC_OWNED_FILE = "chtc_owned";

  private LegacyAnalysis() {}

  /**
   * {@code run_analysis} with the {@code chtc_owned} file beside {@code request.dbPath()}.
   *
   * @throws LegacyNoDataException with "No data found in the specified time range." when the window
   *     is empty (also in monthly mode, which loads the plain window first, as upstream)
   * @throws IllegalArgumentException for {@code gpu_model_snapshot}, which has its own entry points
   */
  public static UsageReport run(AnalysisRequest request) {
    return run(request, chtcOwnedBeside(request.dbPath()));
  }

  /**
   * {@code run_analysis} with these CHTC-owned hosts.
   *
   * <ol>
   *   <li>The exclusions of the request go into a fresh context (the filtered-hosts list starts
   *       empty, as upstream resets it before loading).
   *   <li>{@code get_time_filtered_data(db, hours_back, end_time)}; no rows is an error.
   *   <li>The sections of the analysis type: grouped allocation = device statistics (old devices
   *       only with {@code allDevices}), memory statistics, H200 users and backfill users (both
   *       over the nominal {@code hoursBack}), in that order; ungrouped allocation = the enhanced
   *       class summary; timeseries = the time series with {@code bucketMinutes}; monthly = {@code
   *       calculate_monthly_summary(db, end_time)}.
   *   <li>The metadata: min and max timestamp, distinct 15-minute buckets, rows loaded (before
   *       exclusions), the exclusions and every filtered-hosts entry recorded by the filter calls
   *       of step 3 (upstream's metadata holds the global list itself, which those calls fill).
   * </ol>
   */
  public static UsageReport run(AnalysisRequest request, ChtcOwnedHosts chtcOwned) {
    if (request.analysisType() == AnalysisType.GPU_MODEL_SNAPSHOT) {
      throw new IllegalArgumentException(
          "run_analysis does not do gpu_model_snapshot; use LegacyAnalysis.snapshot or modelsAt");
    }
    LocalDateTime analysisStart = LocalDateTime.now();
    long startNanos = System.nanoTime();
    LegacyContext ctx =
        new LegacyContext(chtcOwned, request.exclusions(), Clock.systemDefaultZone());
    ctx.resetFilteredHostsInfo();
    DataFrame<Object> df =
        LegacyLoader.getTimeFilteredData(
            ctx, request.dbPath(), request.hoursBack(), request.endTime());
    if (df.isEmpty()) {
      throw LegacyNoDataException.emptyWindow();
    }
    String host = request.host();
    Sections sections = sections(ctx, request, df, host);
    double seconds = Math.round((System.nanoTime() - startNanos) / 1e6) / 1000.0;
    ReportMetadata metadata =
        metadata(ctx, request, df).withRuntime(analysisStart, LocalDateTime.now(), seconds);
    return sections.report(request.analysisType(), metadata);
  }

  /** The statistics of one analysis, computed before the metadata that records their filters. */
  private record Sections(
      @Nullable Map<GpuClass, Map<String, UsageStats>> deviceStats,
      @Nullable Map<MemoryCategory, UsageStats> memoryStats,
      @Nullable Map<String, UserUsage> h200UserStats,
      @Nullable Map<String, UserUsage> backfillUserStats,
      @Nullable Map<GpuClass, UsageStats> allocationStats,
      @Nullable List<TimeSeriesPoint> timeseries,
      @Nullable MonthlySummary monthly) {

    UsageReport report(AnalysisType type, ReportMetadata metadata) {
      return new UsageReport(
          type,
          metadata,
          deviceStats,
          memoryStats,
          h200UserStats,
          backfillUserStats,
          allocationStats,
          timeseries,
          monthly);
    }
  }

  private static Sections sections(
      LegacyContext ctx, AnalysisRequest request, DataFrame<Object> df, String host) {
    switch (request.analysisType()) {
      case ALLOCATION:
        if (!request.groupByDevice()) {
          return new Sections(
              null,
              null,
              null,
              null,
              LegacyAllocation.calculateAllocationUsageEnhanced(ctx, df, host),
              null,
              null);
        }
        // upstream's order of the four calls, which fixes the order of the filtered-hosts entries
        var devices =
            LegacyDeviceStats.calculateAllocationUsageByDeviceEnhanced(
                ctx, df, host, request.allDevices());
        var memory =
            LegacyMemoryStats.calculateAllocationUsageByMemory(ctx, df, host, request.allDevices());
        var h200 = LegacyUserStats.calculateH200UserBreakdown(ctx, df, host, request.hoursBack());
        var backfill =
            LegacyUserStats.calculateBackfillUsageByUser(
                ctx, df, host, request.hoursBack(), request.allDevices());
        return new Sections(devices, memory, h200, backfill, null, null, null);
      case TIMESERIES:
        return new Sections(
            null,
            null,
            null,
            null,
            null,
            LegacyTimeSeries.calculateTimeSeriesUsage(ctx, df, request.bucketMinutes(), host),
            null);
      case MONTHLY:
        return new Sections(
            null,
            null,
            null,
            null,
            null,
            null,
            LegacyMonthlySummary.calculateMonthlySummary(ctx, request.dbPath(), request.endTime()));
      default:
        throw new IllegalArgumentException(
            "run_analysis does not do "
                + request.analysisType().cliName()
                + "; use LegacyAnalysis.snapshot or LegacyAnalysis.modelsAt");
    }
  }

  /**
   * {@code analyze_gpu_model_at_time(db, model, at, windowMinutes)} with no host exclusions.
   *
   * @throws LegacyNoDataException when the window holds no row of the model ("No data found for GPU
   *     model M within W minutes of T"; the spec gives no message for this case, the port uses the
   *     same)
   */
  public static GpuModelSnapshot snapshot(
      Path dbPath, String gpuModel, LocalDateTime at, int windowMinutes) {
    return LegacySnapshot.analyzeGpuModelAtTime(
            LegacyContext.defaults(), dbPath, gpuModel, at, windowMinutes)
        .orElseThrow(
            () ->
                new LegacyNoDataException(
                    "No data found for GPU model "
                        + gpuModel
                        + " within "
                        + windowMinutes
                        + " minutes of "
                        + at));
  }

  /** {@code get_gpu_models_at_time(db, at, windowMinutes)}: the models seen, sorted. */
  public static List<String> modelsAt(Path dbPath, LocalDateTime at, int windowMinutes) {
    return LegacySnapshot.getGpuModelsAtTime(dbPath, at, windowMinutes);
  }

  /** The {@code chtc_owned} file in the folder of {@code dbPath}; missing means none. */
  public static ChtcOwnedHosts chtcOwnedBeside(Path dbPath) {
    Path parent = dbPath.toAbsolutePath().getParent();
    return ChtcOwnedHosts.load((parent == null ? Path.of(".") : parent).resolve(CHTC_OWNED_FILE));
  }

  /** The metadata of §3.13 step 3, runtime fields still zero. */
  private static ReportMetadata metadata(
      LegacyContext ctx, AnalysisRequest request, DataFrame<Object> df) {
    LocalDateTime first = null;
    LocalDateTime last = null;
    Set<LocalDateTime> buckets = new HashSet<>();
    for (List<Object> row : df) {
      LocalDateTime ts = LegacyFrames.timestamp(row);
      first = first == null || ts.isBefore(first) ? ts : first;
      last = last == null || ts.isAfter(last) ? ts : last;
      buckets.add(LegacyFrames.floor(ts, LegacyFrames.BUCKET_MINUTES));
    }
    return new ReportMetadata(
        first,
        last,
        buckets.size(),
        df.length(),
        request.hoursBack(),
        request.exclusions(),
        ctx.filteredHostsInfo(),
        request.host(),
        0,
        first,
        first);
  }
}
