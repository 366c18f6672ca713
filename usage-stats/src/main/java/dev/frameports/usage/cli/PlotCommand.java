package dev.frameports.usage.cli;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import dev.frameports.usage.AnalysisRequest;
import dev.frameports.usage.HostExclusions;
import dev.frameports.usage.TimeSeriesPoint;
import dev.frameports.usage.report.AnalysisType;
import dev.frameports.usage.report.UsagePlots;
import dev.frameports.usage.report.UsageReport;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code frameports plot}: a PNG of the usage percentage per class over time. */
@Command(
    name = "plot",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Draws the time series (usage %% of Prioritized, Open Capacity and Backfill GPUs per"
            + " bucket) as a PNG line chart.")
final class PlotCommand implements Callable<Integer> {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Spec CommandSpec spec;

  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--bucket-minutes",
      paramLabel = "MINUTES",
      defaultValue = "15",
      description = "Width of one point of the chart. Default: ${DEFAULT-VALUE}.")
  int bucketMinutes = 15;

  @Option(
      names = "--output-file",
      paramLabel = "FILE",
      defaultValue = "gpu_usage.png",
      description = "The PNG to write (atomically). Default: ${DEFAULT-VALUE}.")
  Path outputFile = Path.of("gpu_usage.png");

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "Chart title. Default: 'GPU usage, <first> to <last>'.")
  @Nullable String title;

  @Override
  public Integer call() {
    if (data.hoursBack < 1 || bucketMinutes < 1) {
      throw new CliFailure(ExitCode.USAGE, "--hours-back and --bucket-minutes must be at least 1");
    }
    String backendName = Inputs.backend(data.backend);
    Path cwd = Path.of("").toAbsolutePath();
    Path db = Inputs.database(data.dbPath, cwd, YearMonth.now());
    HostExclusions exclusions =
        Inputs.exclusions(
            data.excludeHosts, data.excludeHostsYaml, cwd, db.toAbsolutePath().getParent());
    Inputs.check(db, data.endTime, data.hoursBack);
    AnalysisRequest request =
        new AnalysisRequest(
            db,
            data.hoursBack,
            data.host,
            AnalysisType.TIMESERIES,
            bucketMinutes,
            data.endTime,
            false,
            false,
            exclusions);
    UsageReport report;
    try (Backend backend = Backends.load(backendName)) {
      report = Analysis.run(backend, request);
    }
    List<TimeSeriesPoint> points = report.timeseries() == null ? List.of() : report.timeseries();
    if (points.isEmpty()) {
      throw new CliFailure(ExitCode.NO_DATA, "no time-series points to plot from " + db);
    }
    String chartTitle =
        title != null
            ? title
            : "GPU usage, "
                + MINUTES.format(points.get(0).timestamp())
                + " to "
                + MINUTES.format(points.get(points.size() - 1).timestamp());
    Output.bytes(new UsagePlots().png(points, chartTitle), outputFile);
    spec.commandLine().getOut().println("Wrote " + outputFile + " (" + points.size() + " buckets)");
    return ExitCode.OK.code();
  }
}
