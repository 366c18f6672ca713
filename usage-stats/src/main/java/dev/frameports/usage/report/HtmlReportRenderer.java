package dev.frameports.usage.report;

import static dev.frameports.usage.report.PythonNumbers.oneDecimal;
import static dev.frameports.usage.report.PythonNumbers.percent;

import dev.frameports.usage.DeviceNames;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.MemoryCategory;
import dev.frameports.usage.UsageStats;
import dev.frameports.usage.UserUsage;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The HTML report (usage-stats-spec.md §4.3): plain HTML with inline styles, in upstream's section
 * order. Unlike upstream, every text is HTML-escaped (so {@code <48GB} arrives as {@code
 * &lt;48GB}). The methodology is frameports' own text, converted by the spec's tiny rules.
 */
public final class HtmlReportRenderer {
  private static final String TABLE =
      "<table style=\"border-collapse: collapse; margin-bottom: 20px; min-width: 600px;\">";
  private static final String CELL = "border: 1px solid #ccc; padding: 6px 10px;";
  private static final String TOTAL_ROW =
      " style=\"background-color: #e8e8e8; font-weight: bold;\"";
  private static final String SHADED_ROW =
      " style=\"background-color: #f3f3f3; font-weight: bold;\"";

  private final Clock clock;

  /** A renderer stamping the footer with the system clock. */
  public HtmlReportRenderer() {
    this(Clock.systemDefaultZone());
  }

  /** A renderer stamping the footer's "Generated:" time from {@code clock}. */
  public HtmlReportRenderer(Clock clock) {
    this.clock = clock;
  }

  /** Renders the whole document. */
  public String render(UsageReport report) {
    StringBuilder h = new StringBuilder();
    String title =
        report.monthly() == null
            ? "CHTC GPU Allocation Report"
            : "CHTC Monthly GPU Report - " + report.monthly().month();
    h.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(Html.escape(title))
        .append("</title>\n</head>\n")
        .append("<body style=\"font-family: Arial, sans-serif; margin: 20px; color: #222;\">\n")
        .append("<h1>")
        .append(
            Html.escape(
                ReportFormat.title(
                    report, "CHTC GPU ALLOCATION REPORT", "CHTC MONTHLY GPU REPORT")))
        .append("</h1>\n<p><strong>Period:</strong> ")
        .append(Html.escape(ReportFormat.period(report)))
        .append("</p>\n");
    if (report.monthly() != null && report.monthly().hasError()) {
      h.append("<p>").append(Html.escape(report.monthly().error())).append("</p>\n");
    }
    Map<GpuClass, Map<String, UsageStats>> devices = report.effectiveDeviceStats();
    if (devices != null) {
      classTable(h, "Real Slots", devices, GpuClass.REAL);
      memoryTable(h, report.effectiveMemoryStats());
      classTable(h, "Backfill Slots", devices, GpuClass.BACKFILL_SLOT_TYPES);
    }
    if (report.allocationStats() != null) {
      allocationSummary(h, report.allocationStats());
    } else if (devices != null) {
      userTable(h, "H200 Usage by Slot Type and User", report.effectiveH200UserStats());
      userTable(h, "Backfill Usage by Slot Type and User (filtered)", report.backfillUserStats());
      deviceTables(h, devices);
    }
    excludedHosts(h, report.metadata().excludedHosts().patterns());
    h.append("<div style=\"background-color: #f5f5f5; padding: 15px; margin-top: 30px;\">\n")
        .append(MethodologyHtml.bundled())
        .append("</div>\n");
    h.append("<div style=\"margin-top: 20px;\"><strong>Data Period:</strong> ")
        .append(Html.escape(ReportFormat.dataPeriod(report)))
        .append("</div>\n<hr>\n<p style=\"font-size: small; color: #666;\">Report generated in ")
        .append(Html.escape(ReportFormat.runtime(report.metadata().analysisRuntimeSeconds())))
        .append(" | Generated: ")
        .append(ReportFormat.seconds(LocalDateTime.now(clock)))
        .append("</p>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void classTable(
      StringBuilder h,
      String heading,
      Map<GpuClass, Map<String, UsageStats>> devices,
      List<GpuClass> classes) {
    AllocationTotal total = AllocationTotal.ofClasses(devices, classes);
    if (!total.hasData()) {
      return;
    }
    startTable(h, heading, "Class");
    totalsRow(h, "TOTAL", total);
    for (GpuClass c : classes) {
      AllocationTotal t = AllocationTotal.ofClass(devices, c);
      if (t.hasData()) {
        totalsRow(h, c.displayName(), t);
      }
    }
    h.append("</table>\n");
  }

  private static void memoryTable(
      StringBuilder h, @Nullable Map<MemoryCategory, UsageStats> memory) {
    if (memory == null || !AllocationTotal.of(memory.values()).hasData()) {
      return;
    }
    startTable(h, "Real Slots by Memory Category (filtered)", "Memory Category");
    totalsRow(h, "TOTAL", AllocationTotal.of(memory.values()));
    for (Map.Entry<MemoryCategory, UsageStats> e : ReportFormat.sortedMemory(memory)) {
      totalsRow(h, e.getKey().label(), AllocationTotal.of(List.of(e.getValue())));
    }
    h.append("</table>\n");
  }

  private static void allocationSummary(StringBuilder h, Map<GpuClass, UsageStats> stats) {
    startTable(h, "Allocation Summary", "Class");
    for (GpuClass c : GpuClass.CLASS_ORDER) {
      statsRow(h, c.displayName(), stats.getOrDefault(c, UsageStats.empty(0)));
    }
    h.append("</table>\n");
  }

  private static void userTable(
      StringBuilder h, String heading, @Nullable Map<String, UserUsage> users) {
    if (users == null || users.isEmpty()) {
      return;
    }
    h.append("<h2>").append(Html.escape(heading)).append("</h2>\n").append(TABLE).append('\n');
    h.append("<tr>");
    for (String column : List.of("Slot Type / User", "GPU-Hours", "% of Total")) {
      h.append(th(column));
    }
    h.append("</tr>\n");
    for (SlotTypeHours type : SlotTypeHours.of(users)) {
      String label = type.slotType().displayName() + " (" + type.users().size() + " users)";
      h.append("<tr").append(SHADED_ROW).append('>').append(td(label, ""));
      h.append(td(oneDecimal(type.hours()), "")).append(td(percent(type.percent()), ""));
      h.append("</tr>\n");
      for (SlotTypeHours.UserHours u : type.users()) {
        h.append("<tr>").append(td(u.user(), "padding-left: 30px;"));
        h.append(td(oneDecimal(u.hours()), "")).append(td(percent(type.share(u.hours())), ""));
        h.append("</tr>\n");
      }
    }
    h.append("</table>\n");
  }

  private static void deviceTables(
      StringBuilder h, Map<GpuClass, Map<String, UsageStats>> devices) {
    h.append("<h2>Usage by Device Type (filtered)</h2>\n");
    for (GpuClass c : GpuClass.CLASS_ORDER) {
      Map<String, UsageStats> byDevice = devices.getOrDefault(c, Map.of());
      if (byDevice.isEmpty()) {
        continue;
      }
      h.append("<h3>").append(Html.escape(c.displayName())).append("</h3>\n");
      h.append(TABLE).append("\n<tr>");
      for (String column :
          List.of("Device", "Allocated %", "Allocated (avg.)", "Available (avg.)")) {
        h.append(th(column));
      }
      h.append("</tr>\n");
      totalsRow(h, "TOTAL", AllocationTotal.of(byDevice.values()));
      for (Map.Entry<String, UsageStats> e : ReportFormat.sortedDevices(byDevice)) {
        statsRow(h, DeviceNames.shortName(e.getKey()), e.getValue());
      }
      h.append("</table>\n");
    }
  }

  private static void excludedHosts(StringBuilder h, Map<String, String> patterns) {
    if (patterns.isEmpty()) {
      return;
    }
    h.append("<h2>Excluded Hosts</h2>\n").append(TABLE).append("\n<tr>");
    h.append(th("Host")).append(th("Reason")).append("</tr>\n");
    patterns.forEach(
        (pattern, reason) ->
            h.append("<tr>").append(td(pattern, "")).append(td(reason, "")).append("</tr>\n"));
    h.append("</table>\n");
  }

  private static void startTable(StringBuilder h, String heading, String firstColumn) {
    h.append("<h2>").append(Html.escape(heading)).append("</h2>\n").append(TABLE).append("\n<tr>");
    for (String column :
        List.of(firstColumn, "Allocated %", "Allocated (avg.)", "Available (avg.)")) {
      h.append(th(column));
    }
    h.append("</tr>\n");
  }

  /** A derived row; the TOTAL row is grey and bold. */
  private static void totalsRow(StringBuilder h, String label, AllocationTotal t) {
    h.append("<tr")
        .append("TOTAL".equals(label) ? TOTAL_ROW : "")
        .append('>')
        .append(td(label, ""));
    h.append(td(percent(t.percent()), "")).append(td(oneDecimal(t.claimed()), ""));
    h.append(td(oneDecimal(t.available()), "")).append("</tr>\n");
  }

  private static void statsRow(StringBuilder h, String label, UsageStats s) {
    h.append("<tr>").append(td(label, ""));
    h.append(td(percent(s.allocationUsagePercent()), ""));
    h.append(td(oneDecimal(s.avgClaimed()), "")).append(td(oneDecimal(s.avgTotalAvailable()), ""));
    h.append("</tr>\n");
  }

  private static String th(String text) {
    return "<th style=\""
        + CELL
        + " background-color: #d0d8e8; text-align: left;\">"
        + Html.escape(text)
        + "</th>";
  }

  private static String td(String text, String extraStyle) {
    return "<td style=\"" + CELL + extraStyle + "\">" + Html.escape(text) + "</td>";
  }
}
