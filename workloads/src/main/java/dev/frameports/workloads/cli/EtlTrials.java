package dev.frameports.workloads.cli;

import dev.frameports.frame.spi.Backend;
import dev.frameports.workloads.EtlRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Runs a job {@code n} times (upstream timed 5 trials of seed 000), prints each run's summary line
 * and, for more than one, the median, mean and minimum wall time.
 */
final class EtlTrials {
  private EtlTrials() {}

  /**
   * Runs {@code job} {@code n} times, each on a freshly opened engine (closed after the trial) with
   * an elapsed-time line on {@code err} (null: quiet). A failure naming {@code target} is an output
   * failure (exit 13).
   *
   * @param label e.g. {@code volume on duckdb}, for the ticker
   */
  static List<EtlRun> onEngine(
      int n,
      EngineOptions engine,
      Map<String, String> defaults,
      String label,
      Path target,
      Function<Backend, EtlRun> job,
      PrintWriter out,
      @Nullable PrintWriter err) {
    return run(
        n,
        i -> {
          try (Backend backend = engine.open(defaults);
              ElapsedTicker ticker = new ElapsedTicker(err, label)) {
            return OutputFailures.writing(target, () -> job.apply(backend));
          }
        },
        out);
  }

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
