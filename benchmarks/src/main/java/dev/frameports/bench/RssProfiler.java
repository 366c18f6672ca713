package dev.frameports.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Peak memory of the forked JVM, per iteration: {@code rss.hwm} = VmHWM in MiB (includes native
 * memory of DuckDB and Arrow), {@code heap.peak} = sum of the heap pool peaks, {@code heap.max} =
 * the heap limit, all aggregated by maximum; {@code oracle.checked} = 1 when the trial's answer was
 * compared with the oracle, {@code rss.reset} = 1 when the peaks were reset after the setup (both
 * by minimum). The trial's setup resets the peaks ({@link Trial}); this profiler only reads them.
 *
 * <p>Use as {@code -prof dev.frameports.bench.RssProfiler}.
 */
public final class RssProfiler implements InternalProfiler {
  static final String RSS = "rss.hwm";
  static final String HEAP_PEAK = "heap.peak";
  static final String HEAP_MAX = "heap.max";
  static final String CHECKED = "oracle.checked";
  static final String RESET = "rss.reset";

  @Override
  public String getDescription() {
    return "VmHWM of the forked JVM (native memory included) and the heap pool peaks";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    // peaks are reset once per trial, by the setup, so they span all measured iterations
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    List<Result> results = new ArrayList<>();
    OptionalDouble rss = ProcessMemory.rssHighWaterMb();
    if (rss.isPresent()) {
      results.add(new ScalarResult(RSS, rss.getAsDouble(), "MB", AggregationPolicy.MAX));
    }
    results.add(
        new ScalarResult(HEAP_PEAK, ProcessMemory.heapPeakMb(), "MB", AggregationPolicy.MAX));
    results.add(new ScalarResult(HEAP_MAX, ProcessMemory.maxHeapMb(), "MB", AggregationPolicy.MAX));
    results.add(
        new ScalarResult(CHECKED, OracleStatus.checked() ? 1 : 0, "bool", AggregationPolicy.MIN));
    results.add(
        new ScalarResult(RESET, OracleStatus.peakReset() ? 1 : 0, "bool", AggregationPolicy.MIN));
    return results;
  }
}
