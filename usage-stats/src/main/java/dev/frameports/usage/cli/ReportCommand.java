package dev.frameports.usage.cli;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import dev.frameports.usage.AnalysisRequest;
import dev.frameports.usage.GpuModelSnapshot;
import dev.frameports.usage.HostExclusions;
import dev.frameports.usage.report.AnalysisType;
import dev.frameports.usage.report.HtmlReportRenderer;
import dev.frameports.usage.report.JsonReportWriter;
import dev.frameports.usage.report.SnapshotReportRenderer;
import dev.frameports.usage.report.TextReportRenderer;
import dev.frameports.usage.report.UsageReport;
import dev.frameports.usage.store.GpuStateCheck;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code frameports report}: the options of upstream's {@code usage_stats.py} (spec §4.4). */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Analyses GPU slot snapshots and prints the usage report (text, HTML or JSON).",
      "E-mail delivery (--email-to and friends) is NOT implemented yet: those options are"
          + " accepted for compatibility and rejected with exit code 14."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--analysis-type",
      paramLabel = "TYPE",
      defaultValue = "allocation",
      converter = AnalysisTypeConverter.class,
      description = {
        "allocation, timeseries, monthly or gpu_model_snapshot. Default: ${DEFAULT-VALUE}.",
        "monthly reports the calendar month before the end time."
      })
  AnalysisType analysisType = AnalysisType.ALLOCATION;

  @Option(
      names = "--bucket-minutes",
      paramLabel = "MINUTES",
      defaultValue = "15",
      description = "Time-series bucket width (timeseries only). Default: ${DEFAULT-VALUE}.")
  int bucketMinutes = 15;

  @Option(
      names = "--group-by-device",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = {
        "Allocation per device type and memory category with user tables; --no-group-by-device"
            + " prints a one-line-per-class summary. Default: ${DEFAULT-VALUE}."
      })
  boolean groupByDevice = true;

  @Option(
      names = "--all-devices",
      negatable = true,
      defaultValue = "false",
      fallbackValue = "true",
      description = {
        "Keep the old device types (GTX 1080, P100, Quadro, A30, A40) in the device and backfill"
            + " user tables. Default: ${DEFAULT-VALUE}."
      })
  boolean allDevices;

  @Option(
      names = "--gpu-model",
      paramLabel = "MODEL",
      description = {
        "gpu_model_snapshot: the exact GPUs_DeviceName to analyse, e.g. 'NVIDIA H200'.",
        "Default: none, which lists the models present at --snapshot-time."
      })
  @Nullable String gpuModel;

  @Option(
      names = "--snapshot-time",
      paramLabel = "TIME",
      converter = TimestampConverter.class,
      description = "gpu_model_snapshot: 'YYYY-MM-DD HH:MM:SS' (required in that mode).")
  @Nullable LocalDateTime snapshotTime;

  @Option(
      names = "--window-minutes",
      paramLabel = "MINUTES",
      defaultValue = "5",
      description = "gpu_model_snapshot: search window, ± minutes. Default: ${DEFAULT-VALUE}.")
  int windowMinutes = 5;

  @Option(
      names = "--output-format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormatConverter.class,
      description =
          "text, html or json (upstream key names, unrounded). Default: ${DEFAULT-VALUE}.")
  OutputFormat outputFormat = OutputFormat.TEXT;

  @Option(
      names = "--output-file",
      paramLabel = "FILE",
      description = {
        "Write the report to FILE (atomically: nothing is written if anything fails).",
        "Default: standard output."
      })
  @Nullable Path outputFile;

  @Option(
      names = "--email-to",
      paramLabel = "ADDRESSES",
      description = "NOT IMPLEMENTED YET (rejected, exit code 14). Comma-separated recipients.")
  @Nullable String emailTo;

  @Option(
      names = "--email-from",
      paramLabel = "ADDRESS",
      description = "NOT IMPLEMENTED YET. Upstream default: iaross@wisc.edu.")
  @Nullable String emailFrom;

  @Option(
      names = "--smtp-server",
      paramLabel = "HOST",
      description = "NOT IMPLEMENTED YET. Upstream default: smtp.wiscmail.wisc.edu.")
  @Nullable String smtpServer;

  @Option(
      names = "--smtp-port",
      paramLabel = "PORT",
      description = "NOT IMPLEMENTED YET. Upstream default: 25.")
  @Nullable Integer smtpPort;

  @Option(
      names = "--email-timeout",
      paramLabel = "SECONDS",
      description = "NOT IMPLEMENTED YET. Upstream default: 30.")
  @Nullable Integer emailTimeout;

  @Option(
      names = "--email-debug",
      negatable = true,
      description = "NOT IMPLEMENTED YET. Upstream default: false.")
  @Nullable Boolean emailDebug;

  @Override
  public Integer call() {
    rejectEmail();
    requireAtLeast("--hours-back", data.hoursBack, 1);
    requireAtLeast("--bucket-minutes", bucketMinutes, 1);
    requireAtLeast("--window-minutes", windowMinutes, 0);
    String backendName = Inputs.backend(data.backend);
    Path cwd = Path.of("").toAbsolutePath();
    Path db = Inputs.database(data.dbPath, cwd, YearMonth.now());
    Path folder = db.toAbsolutePath().getParent();
    HostExclusions exclusions =
        Inputs.exclusions(data.excludeHosts, data.excludeHostsYaml, cwd, folder);
    String text;
    if (analysisType == AnalysisType.GPU_MODEL_SNAPSHOT) {
      text = snapshot(backendName, db);
    } else {
      Inputs.check(db, data.endTime, data.hoursBack);
      AnalysisRequest request =
          new AnalysisRequest(
              db,
              data.hoursBack,
              data.host,
              analysisType,
              bucketMinutes,
              data.endTime,
              groupByDevice,
              allDevices,
              exclusions);
      UsageReport report;
      try (Backend backend = Backends.load(backendName)) {
        report = Analysis.run(backend, request);
      }
      text = render(report);
    }
    Output.text(text, outputFile, spec.commandLine().getOut());
    return ExitCode.OK.code();
  }

  private String render(UsageReport report) {
    return switch (outputFormat) {
      case TEXT -> new TextReportRenderer().render(report);
      case HTML -> new HtmlReportRenderer().render(report);
      case JSON -> new JsonReportWriter().toJson(report);
    };
  }

  private String snapshot(String backendName, Path db) {
    LocalDateTime at = snapshotTime;
    if (at == null) {
      throw new CliFailure(
          ExitCode.USAGE, "--analysis-type gpu_model_snapshot needs --snapshot-time");
    }
    GpuStateCheck.all(db);
    SnapshotReportRenderer renderer = new SnapshotReportRenderer();
    try (Backend backend = Backends.load(backendName)) {
      if (gpuModel == null) {
        List<String> models = Analysis.modelsAt(backend, db, at, windowMinutes);
        return switch (outputFormat) {
          case TEXT -> renderer.modelsText(models, at, windowMinutes);
          case HTML -> renderer.modelsHtml(models, at, windowMinutes);
          case JSON -> renderer.modelsJson(models, at, windowMinutes);
        };
      }
      GpuModelSnapshot snapshot = Analysis.snapshot(backend, db, gpuModel, at, windowMinutes);
      return switch (outputFormat) {
        case TEXT -> renderer.text(snapshot);
        case HTML -> renderer.html(snapshot);
        case JSON -> renderer.json(snapshot);
      };
    }
  }

  private void rejectEmail() {
    if (emailTo != null
        || emailFrom != null
        || smtpServer != null
        || smtpPort != null
        || emailTimeout != null
        || emailDebug != null) {
      throw new CliFailure(
          ExitCode.NOT_IMPLEMENTED,
          "e-mail delivery is not implemented yet; drop --email-to and the other e-mail options"
              + " and use --output-format html --output-file FILE instead");
    }
  }

  private static void requireAtLeast(String option, int value, int minimum) {
    if (value < minimum) {
      throw new CliFailure(
          ExitCode.USAGE, option + " must be at least " + minimum + ", got " + value);
    }
  }

  /** Accepts the CLI spellings of {@link AnalysisType}. */
  static final class AnalysisTypeConverter implements ITypeConverter<AnalysisType> {
    @Override
    public AnalysisType convert(String value) {
      try {
        return AnalysisType.fromCliName(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Accepts text, html and json in any case. */
  static final class OutputFormatConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat f : OutputFormat.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "unknown output format '" + value + "'; expected text, html or json");
    }
  }
}
