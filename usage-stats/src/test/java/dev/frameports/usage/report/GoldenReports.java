package dev.frameports.usage.report;

import dev.frameports.usage.ClassCounts;
import dev.frameports.usage.FilteredHostsInfo;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.HostExclusions;
import dev.frameports.usage.MemoryCategory;
import dev.frameports.usage.TimeSeriesPoint;
import dev.frameports.usage.UsageStats;
import dev.frameports.usage.UserSlotUsage;
import dev.frameports.usage.UserUsage;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built reports carrying the golden numbers of usage-stats-spec.md §5.3 (the §5.1 fixture,
 * chtc_owned empty, group-by-device with all devices, hours_back 1).
 */
final class GoldenReports {
  static final String V100 = "Tesla V100-SXM2-32GB";
  static final String A100_40 = "Tesla A100-SXM4-40GB";
  static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 1, 10, 0);
  static final LocalDateTime T1 = LocalDateTime.of(2025, 1, 1, 10, 15);

  private GoldenReports() {}

  static ReportMetadata metadata(HostExclusions exclusions, List<FilteredHostsInfo> info) {
    return new ReportMetadata(
        T0,
        T1,
        2,
        9,
        1,
        exclusions,
        info,
        "",
        0.25,
        LocalDateTime.of(2025, 1, 2, 8, 0, 0),
        LocalDateTime.of(2025, 1, 2, 8, 0, 1));
  }

  static Map<GpuClass, Map<String, UsageStats>> deviceStats() {
    Map<GpuClass, Map<String, UsageStats>> devices = new LinkedHashMap<>();
    for (GpuClass c : GpuClass.ENHANCED_ITERATION_ORDER) {
      devices.put(c, Map.of());
    }
    devices.put(
        GpuClass.PRIORITY_RESEARCHER_OWNED, Map.of(V100, new UsageStats(0.5, 1.5, 25.0, 2)));
    devices.put(GpuClass.SHARED, Map.of(A100_40, new UsageStats(1.0, 2.0, 50.0, 2)));
    devices.put(GpuClass.BACKFILL_OPEN_CAPACITY, Map.of(V100, new UsageStats(0.5, 1.0, 50.0, 2)));
    return devices;
  }

  static Map<MemoryCategory, UsageStats> memoryStats() {
    return Map.of(MemoryCategory.BELOW_48GB, new UsageStats(1.5, 3.5, 100 * 1.5 / 3.5, 2));
  }

  static Map<String, UserUsage> backfillUsers() {
    return Map.of(
        "user3",
        new UserUsage(0.5, Map.of(GpuClass.BACKFILL_OPEN_CAPACITY, new UserSlotUsage(0.5, 100.0))));
  }

  /** The §5.3 group-by-device report, no exclusions. */
  static UsageReport byDevice() {
    return UsageReport.byDevice(
        metadata(HostExclusions.none(), List.of()),
        deviceStats(),
        memoryStats(),
        Map.of(),
        backfillUsers());
  }

  /** The §5.3(a) enhanced allocation, for the no-group-by-device form. */
  static UsageReport allocation() {
    Map<GpuClass, UsageStats> stats = new LinkedHashMap<>();
    stats.put(GpuClass.PRIORITY_RESEARCHER_OWNED, new UsageStats(0.5, 1.5, 25.0, 2));
    stats.put(GpuClass.PRIORITY_CHTC_OWNED, UsageStats.empty(2));
    stats.put(GpuClass.SHARED, new UsageStats(1.0, 2.5, 100 * 5.0 / 12.0, 2));
    stats.put(GpuClass.BACKFILL_CHTC_OWNED, UsageStats.empty(2));
    stats.put(GpuClass.BACKFILL_RESEARCHER_OWNED, UsageStats.empty(2));
    stats.put(GpuClass.BACKFILL_OPEN_CAPACITY, new UsageStats(0.5, 1.0, 50.0, 2));
    return UsageReport.allocation(metadata(HostExclusions.none(), List.of()), stats);
  }

  /** The §5.1 time series: two buckets. */
  static List<TimeSeriesPoint> timeseries() {
    return List.of(
        new TimeSeriesPoint(
            T0,
            new ClassCounts(1, 2, 50.0),
            new ClassCounts(1, 3, 100 / 3.0),
            new ClassCounts(1, 2, 50.0)),
        new TimeSeriesPoint(
            T1,
            new ClassCounts(0, 1, 0.0),
            new ClassCounts(1, 2, 50.0),
            new ClassCounts(0, 0, 0.0)));
  }
}
