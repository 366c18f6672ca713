package dev.frameports.usage.report;

import static dev.frameports.usage.report.PythonNumbers.oneDecimal;
import static dev.frameports.usage.report.PythonNumbers.percent;

import dev.frameports.usage.ClassCounts;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.TimeSeriesPoint;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The body of a time-series text report (usage-stats-spec.md §4.2): per legacy class the mean usage
 * percentage and mean claimed/total over the buckets, then the last five buckets.
 */
final class TextTimeSeries {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("MM-dd HH:mm");
  private static final int RECENT = 5;

  void render(TextReportRenderer.Lines out, List<TimeSeriesPoint> points) {
    out.add("\nTime Series Analysis:");
    out.add("-".repeat(70));
    if (points.isEmpty()) {
      out.add("  No time buckets in the window.");
      return;
    }
    summary(out, points, GpuClass.PRIORITY, TimeSeriesPoint::priority);
    summary(out, points, GpuClass.SHARED, TimeSeriesPoint::shared);
    summary(out, points, GpuClass.BACKFILL, TimeSeriesPoint::backfill);
    out.add("\nRecent Trend:");
    for (TimeSeriesPoint p : points.subList(Math.max(0, points.size() - RECENT), points.size())) {
      out.add(
          "  "
              + MINUTE.format(p.timestamp())
              + ": Priority "
              + counts(p.priority())
              + ", Shared "
              + counts(p.shared())
              + ", Backfill "
              + counts(p.backfill()));
    }
  }

  private static void summary(
      TextReportRenderer.Lines out,
      List<TimeSeriesPoint> points,
      GpuClass c,
      Function<TimeSeriesPoint, ClassCounts> counts) {
    double usage =
        points.stream().mapToDouble(p -> counts.apply(p).usagePercent()).average().orElse(0);
    double claimed =
        points.stream().mapToDouble(p -> counts.apply(p).claimed()).average().orElse(0);
    double total = points.stream().mapToDouble(p -> counts.apply(p).total()).average().orElse(0);
    out.add(
        "  "
            + c.displayName()
            + ": "
            + percent(usage)
            + " average usage (avg "
            + oneDecimal(claimed)
            + "/"
            + oneDecimal(total)
            + " GPUs)");
  }

  private static String counts(ClassCounts c) {
    return percent(c.usagePercent()) + " (" + c.claimed() + "/" + c.total() + ")";
  }
}
