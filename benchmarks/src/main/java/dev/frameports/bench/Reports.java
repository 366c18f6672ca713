package dev.frameports.bench;

import dev.frameports.usage.report.UsageReport;
import java.time.LocalDateTime;

/** Report helpers for the oracle comparison. */
final class Reports {
  private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

  private Reports() {}

  /** The report with its wall-clock fields (start, end, seconds) zeroed: they differ per run. */
  static UsageReport withoutRuntime(UsageReport report) {
    return report.withMetadata(report.metadata().withRuntime(EPOCH, EPOCH, 0.0));
  }
}
