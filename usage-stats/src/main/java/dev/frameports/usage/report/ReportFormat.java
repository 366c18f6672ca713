package dev.frameports.usage.report;

import dev.frameports.frame.StringOrder;
import dev.frameports.usage.MemoryCategory;
import dev.frameports.usage.MonthlySummary;
import dev.frameports.usage.UsageStats;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Texts and orders shared by the text and HTML reports (usage-stats-spec.md §4.1). */
final class ReportFormat {
  static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /**
   * Python compares strings by code point; {@link String#compareTo} compares UTF-16 units, which
   * differs for characters outside the Basic Multilingual Plane.
   */
  static final Comparator<String> CODE_POINT_ORDER = StringOrder.CODE_POINT;

  private ReportFormat() {}

  /** The title: monthly reports name the month in capitals. */
  static String title(UsageReport report, String normalTitle, String monthlyPrefix) {
    MonthlySummary monthly = report.monthly();
    return monthly == null
        ? normalTitle
        : monthlyPrefix + " - " + monthly.month().toUpperCase(Locale.ROOT);
  }

  /** "24 hours", "1 hour", or the month name in monthly mode. */
  static String period(UsageReport report) {
    MonthlySummary monthly = report.monthly();
    if (monthly != null) {
      return monthly.month();
    }
    int hours = report.metadata().hoursBack();
    return hours == 1 ? "1 hour" : hours + " hours";
  }

  /** "start to end" of the rows actually loaded, or the month name in monthly mode. */
  static String dataPeriod(UsageReport report) {
    MonthlySummary monthly = report.monthly();
    if (monthly != null) {
      return monthly.month();
    }
    return seconds(report.metadata().startTime()) + " to " + seconds(report.metadata().endTime());
  }

  /** {@code YYYY-MM-DD HH:MM:SS}, fraction dropped. */
  static String seconds(LocalDateTime t) {
    return SECONDS.format(t);
  }

  /** Device rows sorted by their raw device name. */
  static List<Map.Entry<String, UsageStats>> sortedDevices(Map<String, UsageStats> devices) {
    List<Map.Entry<String, UsageStats>> rows = new ArrayList<>(devices.entrySet());
    rows.sort(Map.Entry.comparingByKey(CODE_POINT_ORDER));
    return rows;
  }

  /**
   * Memory rows in the order <48GB, 48GB, 80GB, >80GB, Unknown: upstream's numeric sort key ties
   * <48GB with 48GB and then follows the data; the recommended fixed order is used instead.
   */
  static List<Map.Entry<MemoryCategory, UsageStats>> sortedMemory(
      Map<MemoryCategory, UsageStats> memory) {
    List<Map.Entry<MemoryCategory, UsageStats>> rows = new ArrayList<>(memory.entrySet());
    rows.sort(Map.Entry.comparingByKey());
    return rows;
  }

  /** The footer's runtime: "X.XX seconds" below a minute, else "Mm S.Ss" (e.g. "2m 5.3s"). */
  static String runtime(double seconds) {
    if (seconds < 60) {
      return PythonNumbers.fixed(seconds, 2) + " seconds";
    }
    long minutes = (long) (seconds / 60);
    return minutes + "m " + PythonNumbers.fixed(seconds - 60 * minutes, 1) + "s";
  }
}
