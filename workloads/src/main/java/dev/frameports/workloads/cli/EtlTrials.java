package dev.frameports.workloads.cli;

import dev.frameports.workloads.EtlRun;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Runs a job {@code n} times (upstream timed 5 trials of seed 000), prints each run's summary line
 * and, for more than one, the median, mean and minimum wall time.
 */
final class EtlTrials {
  private EtlTrials() {}

  /**
   * @param trial runs trial {@code i} (0-based) and returns what it did
   * @return the runs, in order
   */
  static List<EtlRun> run(int n, IntFunction<EtlRun> trial, PrintWriter out) {
    List<EtlRun> runs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      EtlRun run = trial.apply(i);
      runs.add(run);
      out.println((n > 1 ? "trial " + (i + 1) + "/" + n + ": " : "") + run.summaryLine());
      out.flush();
    }
    if (n > 1) {
      List<Double> seconds = runs.stream().map(r -> r.elapsed().toNanos() / 1e9).sorted().toList();
      double median =
          n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2;
      double mean = seconds.stream().mapToDouble(Double::doubleValue).average().orElse(0);
      out.printf(
          Locale.ROOT,
          "%d trials: median %.2f s, mean %.2f s, min %.2f s%n",
          n,
          median,
          mean,
          seconds.get(0));
      out.flush();
    }
    return runs;
  }
}
