package dev.frameports.usage;

import dev.frameports.usage.report.AnalysisType;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of {@code run_analysis} (usage-stats-spec.md §3.13) once the CLI has resolved its
 * defaults. The port ({@code dev.frameports.usage.stats.UsageAnalysis}) and the legacy oracle
 * ({@code LegacyAnalysis}) take the same request and return the same report model, which is what
 * the equivalence suite compares.
 *
 * @param dbPath the monthly SQLite file named on the command line; its folder holds the others
 * @param hoursBack the lookback window in hours, at least 1
 * @param host the {@code --host} regex on slot Name (on Machine for the user tables); empty = all
 * @param analysisType which analysis to run (snapshot mode has its own entry point)
 * @param bucketMinutes the time-series bucket width, at least 1
 * @param endTime the end of the window; null = the latest timestamp of the most recent database
 * @param groupByDevice allocation mode: per device and memory category (true) or a class summary
 * @param allDevices keep the old device types in the device and backfill-user tables
 * @param exclusions the hosts excluded from every statistic
 */
public record AnalysisRequest(
    Path dbPath,
    int hoursBack,
    String host,
    AnalysisType analysisType,
    int bucketMinutes,
    @Nullable LocalDateTime endTime,
    boolean groupByDevice,
    boolean allDevices,
    HostExclusions exclusions) {

  public AnalysisRequest {
    Objects.requireNonNull(dbPath, "dbPath");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(analysisType, "analysisType");
    Objects.requireNonNull(exclusions, "exclusions");
    if (hoursBack < 1) {
      throw new IllegalArgumentException("hoursBack must be at least 1, got " + hoursBack);
    }
    if (bucketMinutes < 1) {
      throw new IllegalArgumentException("bucketMinutes must be at least 1, got " + bucketMinutes);
    }
  }

  /** The CLI defaults (§4.4): 24 hours, all hosts, allocation grouped by device, no exclusions. */
  public static AnalysisRequest defaults(Path dbPath) {
    return new AnalysisRequest(
        dbPath, 24, "", AnalysisType.ALLOCATION, 15, null, true, false, HostExclusions.none());
  }

  /** This request with another analysis type. */
  public AnalysisRequest withAnalysisType(AnalysisType type) {
    return new AnalysisRequest(
        dbPath,
        hoursBack,
        host,
        type,
        bucketMinutes,
        endTime,
        groupByDevice,
        allDevices,
        exclusions);
  }

  /** This request with another end time. */
  public AnalysisRequest withEndTime(@Nullable LocalDateTime end) {
    return new AnalysisRequest(
        dbPath,
        hoursBack,
        host,
        analysisType,
        bucketMinutes,
        end,
        groupByDevice,
        allDevices,
        exclusions);
  }
}
