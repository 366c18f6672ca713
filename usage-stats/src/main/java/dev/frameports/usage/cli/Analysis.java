package dev.frameports.usage.cli;

import dev.frameports.frame.spi.Backend;
import dev.frameports.usage.AnalysisRequest;
import dev.frameports.usage.GpuModelSnapshot;
import dev.frameports.usage.report.UsageReport;
import dev.frameports.usage.stats.UsageAnalysis;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The one place the commands call the port's analysis ({@link UsageAnalysis}); the CHTC-owned hosts
 * come from {@code chtc_owned} beside the database.
 */
final class Analysis {
  private Analysis() {}

  static UsageReport run(Backend backend, AnalysisRequest request) {
    return UsageAnalysis.run(backend, request);
  }

  static GpuModelSnapshot snapshot(
      Backend backend, Path db, String model, LocalDateTime at, int windowMinutes) {
    return UsageAnalysis.snapshot(backend, db, model, at, windowMinutes);
  }

  static List<String> modelsAt(Backend backend, Path db, LocalDateTime at, int windowMinutes) {
    return UsageAnalysis.modelsAt(backend, db, at, windowMinutes);
  }
}
