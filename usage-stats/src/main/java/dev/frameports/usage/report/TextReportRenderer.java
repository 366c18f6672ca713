package dev.frameports.usage.report;

import static dev.frameports.usage.report.PythonNumbers.oneDecimal;
import static dev.frameports.usage.report.PythonNumbers.percent;

import dev.frameports.usage.DeviceNames;
import dev.frameports.usage.FilteredHostsInfo;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.MemoryCategory;
import dev.frameports.usage.UsageStats;
import dev.frameports.usage.UserUsage;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The text report printed to stdout (usage-stats-spec.md §4.2), line for line: rules of 70, 80, 60,
 * 50 and 30 characters, one-decimal numbers rounded as Python does, class and TOTAL rows as ratios
 * of sums. A section whose TOTAL has no available GPUs, and a user table without users, is left
 * out.
 */
public final class TextReportRenderer {
  private static final int WIDTH = 70;

  /** Renders the whole report; every line ends with a newline. */
  public String render(UsageReport report) {
    Lines out = new Lines();
    header(out, report);
    if (report.monthly() != null && report.monthly().hasError()) {
      out.add("\n" + report.monthly().error());
    } else if (report.timeseries() != null) {
      new TextTimeSeries().render(out, report.timeseries());
    } else if (report.allocationStats() != null) {
      allocationSummary(out, report.allocationStats());
    }
    Map<GpuClass, Map<String, UsageStats>> devices = report.effectiveDeviceStats();
    if (devices != null) {
      slots(out, "REAL SLOTS:", devices, GpuClass.REAL);
      memory(out, report.effectiveMemoryStats());
      slots(out, "BACKFILL SLOTS:", devices, GpuClass.BACKFILL_SLOT_TYPES);
      users(out, "H200 USAGE BY SLOT TYPE:", report.effectiveH200UserStats());
      users(out, "BACKFILL USAGE BY SLOT TYPE (filtered):", report.backfillUserStats());
      deviceTypes(out, devices);
    }
    excluded(out, report.metadata().excludedHosts().patterns(), report);
    out.add("\n" + "=".repeat(WIDTH));
    out.add("Data Period: " + ReportFormat.dataPeriod(report));
    out.add("=".repeat(WIDTH));
    return out.toString();
  }

  private static void header(Lines out, UsageReport report) {
    out.add("\n" + "=".repeat(WIDTH));
    out.add(
        center(
            ReportFormat.title(report, "CHTC GPU UTILIZATION REPORT", "CHTC MONTHLY GPU REPORT"),
            WIDTH));
    out.add("=".repeat(WIDTH));
    out.add("Period: " + ReportFormat.period(report));
    out.add("=".repeat(WIDTH));
  }

  private static void allocationSummary(Lines out, Map<GpuClass, UsageStats> stats) {
    out.add("\nAllocation Summary:");
    for (GpuClass c : GpuClass.CLASS_ORDER) {
      UsageStats s = stats.getOrDefault(c, UsageStats.empty(0));
      out.add(
          "  "
              + c.displayName()
              + ": "
              + percent(s.allocationUsagePercent())
              + " ("
              + ratio(s.avgClaimed(), s.avgTotalAvailable())
              + " GPUs)");
    }
  }

  private static void slots(
      Lines out,
      String heading,
      Map<GpuClass, Map<String, UsageStats>> devices,
      List<GpuClass> classes) {
    AllocationTotal total = AllocationTotal.ofClasses(devices, classes);
    if (!total.hasData()) {
      return;
    }
    out.add("\n" + heading);
    out.add("-".repeat(WIDTH));
    out.add("  TOTAL: " + row(total));
    out.add("-".repeat(WIDTH));
    for (GpuClass c : classes) {
      AllocationTotal t = AllocationTotal.ofClass(devices, c);
      if (t.hasData()) {
        out.add("  " + c.displayName() + ": " + row(t));
      }
    }
  }

  private static void memory(Lines out, @Nullable Map<MemoryCategory, UsageStats> memory) {
    if (memory == null) {
      return;
    }
    AllocationTotal total = AllocationTotal.of(memory.values());
    if (!total.hasData()) {
      return;
    }
    out.add("\nREAL SLOTS BY MEMORY CATEGORY (filtered):");
    out.add("-".repeat(80));
    out.add("  TOTAL: " + row(total));
    out.add("-".repeat(80));
    for (Map.Entry<MemoryCategory, UsageStats> e : ReportFormat.sortedMemory(memory)) {
      out.add("  " + e.getKey().label() + ": " + row(AllocationTotal.of(List.of(e.getValue()))));
    }
  }

  private static void users(Lines out, String heading, @Nullable Map<String, UserUsage> users) {
    if (users == null || users.isEmpty()) {
      return;
    }
    out.add("\n" + heading);
    out.add("-".repeat(80));
    for (SlotTypeHours type : SlotTypeHours.of(users)) {
      out.add(
          "\n  "
              + type.slotType().displayName()
              + " ("
              + type.users().size()
              + " users): "
              + oneDecimal(type.hours())
              + " GPU-hours ("
              + percent(type.percent())
              + ")");
      out.add("  " + "-".repeat(60));
      for (SlotTypeHours.UserHours u : type.users()) {
        out.add(
            "    "
                + u.user()
                + ": "
                + oneDecimal(u.hours())
                + " hrs ("
                + percent(type.share(u.hours()))
                + ")");
      }
    }
  }

  private static void deviceTypes(Lines out, Map<GpuClass, Map<String, UsageStats>> devices) {
    out.add("\nUsage by Device Type (filtered):");
    out.add("-".repeat(WIDTH));
    for (GpuClass c : GpuClass.CLASS_ORDER) {
      Map<String, UsageStats> byDevice = devices.getOrDefault(c, Map.of());
      if (byDevice.isEmpty()) {
        continue;
      }
      out.add("\n" + c.displayName() + ":");
      out.add("-".repeat(50));
      for (Map.Entry<String, UsageStats> e : ReportFormat.sortedDevices(byDevice)) {
        UsageStats s = e.getValue();
        out.add(
            "    "
                + DeviceNames.shortName(e.getKey())
                + ": "
                + percent(s.allocationUsagePercent())
                + " (avg "
                + ratio(s.avgClaimed(), s.avgTotalAvailable())
                + " GPUs)");
      }
      AllocationTotal total = AllocationTotal.of(byDevice.values());
      out.add("    " + "-".repeat(30));
      if (total.hasData()) {
        out.add(
            "    TOTAL "
                + c.displayName()
                + ": "
                + percent(total.percent())
                + " (avg "
                + ratio(total.claimed(), total.available())
                + " GPUs)");
      }
    }
  }

  private static void excluded(Lines out, Map<String, String> patterns, UsageReport report) {
    if (patterns.isEmpty()) {
      return;
    }
    out.add("\n" + "=".repeat(WIDTH));
    out.add("EXCLUDED HOSTS:");
    patterns.forEach((pattern, reason) -> out.add("  " + pattern + ": " + reason));
    List<FilteredHostsInfo> info = report.metadata().filteredHostsInfo();
    if (!info.isEmpty()) {
      // Upstream sums over every distinct filter-call entry, so these totals count a row once per
      // filter call that saw it; the quirk is kept deliberately (usage-stats-spec.md §4.2).
      long excluded = info.stream().mapToLong(FilteredHostsInfo::excludedCount).sum();
      long analyzed = info.stream().mapToLong(FilteredHostsInfo::filteredCount).sum();
      out.add("\nFILTERING IMPACT:");
      out.add("  Records excluded: " + excluded);
      out.add("  Records analyzed: " + analyzed);
    }
  }

  private static String row(AllocationTotal t) {
    return percent(t.percent()) + " (" + ratio(t.claimed(), t.available()) + " GPUs)";
  }

  private static String ratio(double claimed, double available) {
    return oneDecimal(claimed) + "/" + oneDecimal(available);
  }

  /** Python's {@code str.center}: when the padding is odd, the extra space goes right. */
  static String center(String text, int width) {
    int margin = width - text.length();
    if (margin <= 0) {
      return text;
    }
    int left = margin / 2 + (margin & width & 1);
    return " ".repeat(left) + text + " ".repeat(margin - left);
  }

  /** Print-style lines: each {@link #add} is one {@code print} call. */
  static final class Lines {
    private final StringBuilder text = new StringBuilder();

    void add(String line) {
      text.append(line).append('\n');
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
