package dev.frameports.usage.report;

import dev.frameports.usage.FilteredHostsInfo;
import dev.frameports.usage.HostExclusions;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The {@code metadata} of one analysis (usage-stats-spec.md §3.13 step 3).
 *
 * @param startTime the earliest timestamp loaded
 * @param endTime the latest timestamp loaded
 * @param numIntervals distinct 15-minute buckets of the loaded rows
 * @param totalRecords rows loaded, before host exclusion (exclusions apply inside every filter)
 * @param hoursBack the nominal lookback in hours
 * @param excludedHosts the exclusions in force
 * @param filteredHostsInfo one entry per distinct filter call whose exclusions dropped rows
 * @param hostFilter the {@code --host} regex, empty for all hosts
 * @param analysisRuntimeSeconds wall time of loading and computing, in seconds
 * @param analysisStart when the analysis started (local time)
 * @param analysisEnd when the analysis ended (local time)
 */
public record ReportMetadata(
    LocalDateTime startTime,
    LocalDateTime endTime,
    int numIntervals,
    long totalRecords,
    int hoursBack,
    HostExclusions excludedHosts,
    List<FilteredHostsInfo> filteredHostsInfo,
    String hostFilter,
    double analysisRuntimeSeconds,
    LocalDateTime analysisStart,
    LocalDateTime analysisEnd) {

  public ReportMetadata {
    filteredHostsInfo = List.copyOf(filteredHostsInfo);
  }

  /** This metadata with the runtime fields set, once the analysis has finished. */
  public ReportMetadata withRuntime(LocalDateTime start, LocalDateTime end, double seconds) {
    return new ReportMetadata(
        startTime,
        endTime,
        numIntervals,
        totalRecords,
        hoursBack,
        excludedHosts,
        filteredHostsInfo,
        hostFilter,
        seconds,
        start,
        end);
  }
}
