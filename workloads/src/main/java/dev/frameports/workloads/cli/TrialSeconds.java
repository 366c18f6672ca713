package dev.frameports.workloads.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The line that sums up repeated trials, {@code 3 trials: median 1.20 s, mean 1.25 s, min 1.10 s},
 * in the same words as the ETL commands' (which work on their own run records).
 */
final class TrialSeconds {
  private TrialSeconds() {}

  /** The summary of at least one trial's wall time. */
  static String summary(List<Duration> elapsed) {
    List<Double> seconds = elapsed.stream().map(d -> d.toNanos() / 1e9).sorted().toList();
    int n = seconds.size();
    double median =
        n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2;
    double mean = seconds.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    return String.format(
        Locale.ROOT,
        "%d trials: median %.2f s, mean %.2f s, min %.2f s",
        n,
        median,
        mean,
        seconds.get(0));
  }
}
