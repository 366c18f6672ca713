package dev.frameports.usage.report;

import dev.frameports.usage.GpuClass;
import dev.frameports.usage.UsageStats;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A derived report row (usage-stats-spec.md §4.1): summed average claimed and available GPUs and
 * their ratio. Class rows, the Real and Backfill TOTAL rows and the memory TOTAL row are all a
 * ratio of sums, never the mean of the underlying percentages.
 */
record AllocationTotal(double claimed, double available) {

  /** The sum of the given statistics. */
  static AllocationTotal of(Collection<UsageStats> stats) {
    double claimed = 0;
    double available = 0;
    for (UsageStats s : stats) {
      claimed += s.avgClaimed();
      available += s.avgTotalAvailable();
    }
    return new AllocationTotal(claimed, available);
  }

  /** The class row: the sum over the class's devices (empty when the class is absent). */
  static AllocationTotal ofClass(Map<GpuClass, Map<String, UsageStats>> deviceStats, GpuClass c) {
    return of(deviceStats.getOrDefault(c, Map.of()).values());
  }

  /** The TOTAL row over several classes, summing their devices. */
  static AllocationTotal ofClasses(
      Map<GpuClass, Map<String, UsageStats>> deviceStats, List<GpuClass> classes) {
    double claimed = 0;
    double available = 0;
    for (GpuClass c : classes) {
      AllocationTotal t = ofClass(deviceStats, c);
      claimed += t.claimed;
      available += t.available;
    }
    return new AllocationTotal(claimed, available);
  }

  /** True when the row is shown: only a row with available GPUs has a percentage. */
  boolean hasData() {
    return available > 0;
  }

  /** {@code 100 * claimed / available}; 0 when nothing was available. */
  double percent() {
    return available > 0 ? 100 * claimed / available : 0;
  }
}
