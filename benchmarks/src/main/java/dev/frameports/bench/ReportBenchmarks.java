package dev.frameports.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The whole default report (allocation grouped by device: {@code UsageAnalysis.run} on a backend,
 * {@code LegacyAnalysis.run} for legacy), loading included, over the data set's window: 24 h of
 * {@code day}, 7 days of {@code week}, 30 days of {@code month} (and 24 h of {@code tiny}, for the
 * smoke run). The report is checked against the oracle's, runtime fields aside, before timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmarks {
  /** legacy = the Joinery baseline (and oracle); the others are frameports backends. */
  @Param({"legacy", "tablesaw", "arrow", "duckdb"})
  public String backend = "";

  /** A generator preset in lower case: tiny, day, week or month. */
  @Param({"day", "week", "month"})
  public String dataSet = "";

  private Subject subject;

  @Setup(Level.Trial)
  public void setUp() {
    subject = Trial.setUp(backend, dataSet, Operation.REPORT);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    subject.close();
  }

  @Benchmark
  public Object report() {
    return subject.run(Operation.REPORT);
  }
}
