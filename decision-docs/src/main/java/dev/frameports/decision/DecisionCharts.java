package dev.frameports.decision;

import dev.frameports.frame.source.AtomicFiles;
import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * The PNG charts of the decision, drawn with XChart from the results: median time per operation per
 * backend relative to the baseline (one chart per data set, error bars = JMH error), whole-report
 * time against the window size (lines), and whole-report peak RSS per backend and data set (bars).
 * A failed run has no bar or point; the document lists it. Needs {@code java.awt.headless=true} on
 * a server.
 */
public final class DecisionCharts {
  /** Above this max/min ratio a time axis is drawn logarithmic. */
  static final double LOG_SCALE_RATIO = 30;

  private static final int WIDTH = 900;
  private static final int HEIGHT = 500;

  private final BenchmarkResults results;

  /** Charts of {@code results}. */
  public DecisionCharts(BenchmarkResults results) {
    this.results = results;
  }

  /**
   * Writes every chart into {@code directory} (created if needed, each file atomically) and returns
   * them with paths relative to {@code documentFolder}.
   */
  public List<ChartFile> write(Path directory, Path documentFolder) {
    List<ChartFile> out = new ArrayList<>();
    for (String dataSet : dataSets(DriverEvaluation.OPERATION)) {
      String file = "operations-" + slug(dataSet) + ".png";
      save(operations(dataSet), directory.resolve(file));
      out.add(
          chart(
              directory.resolve(file),
              documentFolder,
              "Time per operation relative to the legacy baseline, " + dataSet));
    }
    if (!results.suite(DriverEvaluation.REPORT).isEmpty()) {
      save(reportTimes(), directory.resolve("report-time-by-window.png"));
      out.add(
          chart(
              directory.resolve("report-time-by-window.png"),
              documentFolder,
              "Whole-report median time against the window size"));
      save(peakRss(), directory.resolve("peak-rss.png"));
      out.add(
          chart(
              directory.resolve("peak-rss.png"), documentFolder, "Whole-report peak RSS (VmHWM)"));
    }
    return out;
  }

  /**
   * Writes one chart per ETL workload (suite {@code etl}): the median job time per engine with its
   * error; a failed engine has no bar (the document's table says why).
   */
  public List<ChartFile> writeEtl(Path directory, Path documentFolder) {
    List<ChartFile> out = new ArrayList<>();
    List<Measurement> etl = results.suite(EtlSection.SUITE);
    for (String workload : EtlSection.workloads(etl)) {
      String file = "etl-" + slug(workload) + ".png";
      CategoryChart chart =
          category("ETL " + workload + ": median job time per engine", "engine", "seconds");
      List<String> engines = new ArrayList<>();
      List<@Nullable Double> y = new ArrayList<>();
      List<@Nullable Double> err = new ArrayList<>();
      for (Measurement m : etl) {
        if (m.name().equals(workload)) {
          engines.add(m.backend() + " (" + m.dataSet() + ")");
          y.add(m.ok() ? m.medianTime() / 1000 : null);
          err.add(m.ok() ? Math.min(m.errorOrZero(), 0.9 * m.medianTime()) / 1000 : null);
        }
      }
      chart.addSeries(workload, engines, y, err);
      chart.getStyler().setLegendVisible(false);
      save(chart, directory.resolve(file));
      out.add(
          chart(
              directory.resolve(file),
              documentFolder,
              "ETL " + workload + ": median job time per engine (no bar: failed)"));
    }
    return out;
  }

  /**
   * Writes the PostgreSQL chart: median queries per second by pool size, one series per client, at
   * the query count measured at the most pool sizes (the sweep).
   */
  public static List<ChartFile> writePostgres(
      PostgresRun run, Path directory, Path documentFolder) {
    List<PostgresRun.Queries> postgres =
        run.queries().stream().filter(q -> q.database().equals("postgres")).toList();
    Map<Integer, Long> poolsPerSize = new TreeMap<>();
    postgres.forEach(q -> poolsPerSize.merge(q.queries(), 1L, Long::sum));
    if (postgres.isEmpty()) {
      return List.of();
    }
    int sweep =
        poolsPerSize.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<String> pools =
        postgres.stream()
            .filter(q -> q.queries() == sweep)
            .map(q -> Integer.toString(q.pool()))
            .distinct()
            .toList();
    CategoryChart chart =
        category(
            "PostgreSQL: median queries/s by pool size (" + sweep + " queries)",
            "pool size",
            "queries per second");
    for (String client : postgres.stream().map(PostgresRun.Queries::client).distinct().toList()) {
      List<@Nullable Double> y = new ArrayList<>();
      for (String pool : pools) {
        y.add(
            postgres.stream()
                .filter(q -> q.client().equals(client) && q.queries() == sweep)
                .filter(q -> Integer.toString(q.pool()).equals(pool))
                .map(PostgresRun.Queries::medianQueriesPerSecond)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null));
      }
      chart.addSeries(client, pools, y);
    }
    Path file = directory.resolve("postgres-qps.png");
    save(chart, file);
    return List.of(
        chart(file, documentFolder, "PostgreSQL: median queries/s by pool size and client"));
  }

  /**
   * Time per operation relative to the baseline (legacy = 1, lower is faster), so operations from
   * 10 ms to seconds share one linear axis; the absolute times are in the document's table. A
   * linear axis also keeps the error bars right: XChart 4.0.3 misdraws them on log-scale bars.
   */
  CategoryChart operations(String dataSet) {
    CategoryChart chart =
        category(
            "Time per operation relative to the legacy baseline — " + dataSet,
            "operation",
            "median time / legacy median (D1 needs ≤ 0.8)");
    List<String> names =
        results.suite(DriverEvaluation.OPERATION).stream()
            .filter(m -> m.dataSet().equals(dataSet))
            .map(Measurement::name)
            .distinct()
            .toList();
    for (BackendOption option : present()) {
      List<@Nullable Double> y = new ArrayList<>();
      List<@Nullable Double> err = new ArrayList<>();
      for (String name : names) {
        Measurement m =
            results.find(DriverEvaluation.OPERATION, name, option.id(), dataSet).orElse(null);
        Measurement base =
            results
                .find(DriverEvaluation.OPERATION, name, BackendOption.LEGACY.id(), dataSet)
                .orElse(null);
        boolean both = m != null && m.ok() && base != null && base.ok();
        y.add(both ? m.medianTime() / base.medianTime() : null);
        err.add(both ? m.errorOrZero() / base.medianTime() : null);
      }
      chart.addSeries(option.id(), names, y, err);
    }
    return chart;
  }

  XYChart reportTimes() {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title("Whole-report median time against the window")
            .xAxisTitle("window (hours)")
            .yAxisTitle("ms")
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    List<Double> all = new ArrayList<>();
    for (BackendOption option : present()) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<Double> err = new ArrayList<>();
      for (Measurement m : results.suite(DriverEvaluation.REPORT)) {
        if (m.backend().equals(option.id()) && m.ok()) {
          x.add((double) windowHours(m));
          y.add(m.medianTime());
          err.add(clippedError(m));
          all.add(m.medianTime());
        }
      }
      if (!x.isEmpty()) {
        chart.addSeries(option.id(), x, y, err);
      }
    }
    if (wide(all)) {
      chart.getStyler().setYAxisLogarithmic(true);
    }
    return chart;
  }

  CategoryChart peakRss() {
    CategoryChart chart = category("Whole-report peak RSS (VmHWM)", "data set", "MB");
    List<String> sets = dataSets(DriverEvaluation.REPORT);
    for (BackendOption option : present()) {
      List<@Nullable Double> y = new ArrayList<>();
      for (String dataSet : sets) {
        y.add(
            results.suite(DriverEvaluation.REPORT).stream()
                .filter(m -> m.backend().equals(option.id()) && m.dataSet().equals(dataSet))
                .filter(Measurement::ok)
                .map(Measurement::rssHwmMb)
                .filter(v -> v != null)
                .findFirst()
                .orElse(null));
      }
      chart.addSeries(option.id(), sets, y);
    }
    return chart;
  }

  /**
   * The report's window in hours, from its name ({@code report24h}, {@code report7d}); else the
   * data set's span: a month preset spans a few more hours than the 30-day window it reports.
   */
  int windowHours(Measurement m) {
    Matcher named = Pattern.compile("report(\\d+)([hd])").matcher(m.name());
    if (named.matches()) {
      int n = Integer.parseInt(named.group(1));
      return named.group(2).equals("d") ? n * 24 : n;
    }
    return hours(m.dataSet());
  }

  /** The window length of a data set: its {@code hours}, else a guess from its preset name. */
  int hours(String dataSet) {
    DataSet d = results.dataSet(dataSet).orElse(null);
    if (d != null && d.hours() > 0) {
      return d.hours();
    }
    return switch (dataSet) {
      case "day" -> 24;
      case "week" -> 168;
      case "month" -> 720;
      default -> 0;
    };
  }

  private List<BackendOption> present() {
    Set<String> ids = Set.copyOf(results.backends());
    return List.of(BackendOption.values()).stream().filter(o -> ids.contains(o.id())).toList();
  }

  private List<String> dataSets(String suite) {
    Set<String> names = new LinkedHashSet<>();
    results.suite(suite).forEach(m -> names.add(m.dataSet()));
    return List.copyOf(names);
  }

  private static CategoryChart category(String title, String x, String y) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(x)
            .yAxisTitle(y)
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setXAxisLabelRotation(45);
    chart.getStyler().setXAxisMaxLabelCount(100);
    chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    return chart;
  }

  /**
   * The error bar, kept below the value: XChart rejects a bar reaching zero on a log axis, and a
   * time cannot be negative anyway.
   */
  private static double clippedError(Measurement m) {
    return Math.min(m.errorOrZero(), 0.9 * m.medianTime());
  }

  private static boolean wide(List<Double> values) {
    double min =
        values.stream().mapToDouble(Double::doubleValue).filter(v -> v > 0).min().orElse(1);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    return max / min > LOG_SCALE_RATIO;
  }

  private static void save(Chart<?, ?> chart, Path target) {
    AtomicFiles.write(
        target,
        temporary ->
            Files.write(
                temporary, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG)));
  }

  private static ChartFile chart(Path file, Path documentFolder, String caption) {
    String relative =
        documentFolder
            .toAbsolutePath()
            .normalize()
            .relativize(file.toAbsolutePath().normalize())
            .toString();
    return new ChartFile(relative.replace('\\', '/'), caption);
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
