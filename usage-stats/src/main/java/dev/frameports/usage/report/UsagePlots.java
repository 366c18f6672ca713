package dev.frameports.usage.report;

import dev.frameports.usage.ClassCounts;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.TimeSeriesPoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Function;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A PNG line chart of the usage percentage of the three legacy classes over time, from the time
 * series (XChart; run with {@code -Djava.awt.headless=true} on machines without a display).
 */
public final class UsagePlots {
  private static final int WIDTH = 1100;
  private static final int HEIGHT = 550;

  /**
   * The chart as PNG bytes.
   *
   * @throws IllegalArgumentException when the time series is empty (there is nothing to draw)
   */
  public byte[] png(List<TimeSeriesPoint> points, String title) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("the time series is empty: no data in the window to plot");
    }
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle("Time (bucket start)")
            .yAxisTitle("Allocated GPUs (%)")
            .build();
    // The timestamps are naive wall-clock times: convert and display them in UTC so the axis
    // shows exactly the stored values whatever the JVM's zone is.
    chart.getStyler().setTimezone(TimeZone.getTimeZone("UTC"));
    chart.getStyler().setLocale(Locale.ROOT);
    chart.getStyler().setDatePattern("MM-dd HH:mm");
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(100.0);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setMarkerSize(points.size() > 100 ? 0 : 4);
    List<Date> times =
        points.stream().map(p -> Date.from(p.timestamp().toInstant(ZoneOffset.UTC))).toList();
    series(chart, times, points, GpuClass.PRIORITY, TimeSeriesPoint::priority);
    series(chart, times, points, GpuClass.SHARED, TimeSeriesPoint::shared);
    series(chart, times, points, GpuClass.BACKFILL, TimeSeriesPoint::backfill);
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the chart", e);
    }
  }

  /** Writes the chart to {@code target} atomically. */
  public void write(List<TimeSeriesPoint> points, String title, Path target) {
    ReportFiles.writeBytes(target, png(points, title));
  }

  private static void series(
      XYChart chart,
      List<Date> times,
      List<TimeSeriesPoint> points,
      GpuClass c,
      Function<TimeSeriesPoint, ClassCounts> counts) {
    List<Double> usage = points.stream().map(p -> counts.apply(p).usagePercent()).toList();
    chart.addSeries(c.displayName(), times, usage).setMarker(SeriesMarkers.CIRCLE);
  }
}
