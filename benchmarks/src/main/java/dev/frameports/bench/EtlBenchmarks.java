package dev.frameports.bench;

import dev.frameports.workloads.EtlRun;
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
 * An ETL workload ({@link EtlWorkload}: the volume test or the daily summary) as one timed job per
 * iteration (single shot: upstream timed whole runs), after one untimed run checked against the
 * generator's oracle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EtlBenchmarks {
  /** The workload: volume or daily. */
  @Param({"volume", "daily"})
  public String workload = "";

  /** The engine: tablesaw, arrow or duckdb (no legacy: the oracle is the generator's). */
  @Param({"tablesaw", "arrow", "duckdb"})
  public String backend = "";

  /** The input size: tiny, small or bench. */
  @Param({"tiny", "small", "bench"})
  public String dataSet = "";

  private EtlSubject subject;

  @Setup(Level.Trial)
  public void setUp() {
    subject = EtlSubject.open(EtlWorkload.of(workload), backend, dataSet);
    try {
      subject.check();
      OracleStatus.set(true, ProcessMemory.resetPeaks());
    } catch (RuntimeException | Error e) {
      subject.close();
      throw e;
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    subject.close();
  }

  @Benchmark
  public EtlRun run() {
    return subject.run();
  }
}
