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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Upstream's nine operations (usage-stats-spec.md §6) per backend and data set. {@code load} reads
 * the whole generated window from SQLite; the other eight start from that window already loaded
 * (see {@link PortSubject} for what the frameports backends start from, {@link LegacySubject} for
 * the Joinery code). Every trial checks its answer against the oracle before timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OperationBenchmarks {
  /** legacy = the Joinery baseline (and oracle); the others are frameports backends. */
  @Param({"legacy", "tablesaw", "arrow", "duckdb"})
  public String backend = "";

  /** A generator preset in lower case: tiny, day, week or month. */
  @Param({"day"})
  public String dataSet = "";

  private Subject subject;

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    subject = Trial.setUp(backend, dataSet, Operation.ofMethod(params.getBenchmark()));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    subject.close();
  }

  @Benchmark
  public Object load() {
    return subject.run(Operation.LOAD);
  }

  @Benchmark
  public Object filter3() {
    return subject.run(Operation.FILTER3);
  }

  @Benchmark
  public Object containsIgnoreCase() {
    return subject.run(Operation.CONTAINS_IGNORE_CASE);
  }

  @Benchmark
  public Object dedup() {
    return subject.run(Operation.DEDUP);
  }

  @Benchmark
  public Object sort2() {
    return subject.run(Operation.SORT2);
  }

  @Benchmark
  public Object groupDateDistinct() {
    return subject.run(Operation.GROUP_DATE_DISTINCT);
  }

  @Benchmark
  public Object floor15() {
    return subject.run(Operation.FLOOR15);
  }

  @Benchmark
  public Object notNull() {
    return subject.run(Operation.NOT_NULL);
  }

  @Benchmark
  public Object select4() {
    return subject.run(Operation.SELECT4);
  }
}
