package dev.frameports.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one {@link Measured} through JMH's {@link Runner} and turns the outcome into a {@link
 * Measurement}; a fork that dies (out of heap, oracle mismatch, killed at the cap) becomes a failed
 * measurement with its reason, never an error of the suite.
 */
final class JmhRun {
  private final Depth depth;
  private final List<String> jvmArgs;
  private final OutputStream log;

  /**
   * @param jvmArgs every flag of the forks (JMH's command-line {@code -jvmArgsAppend} would replace
   *     them, jvm-stack.md §6, so they are all given here)
   * @param log where JMH's own output goes
   */
  JmhRun(Depth depth, List<String> jvmArgs, OutputStream log) {
    this.depth = depth;
    this.jvmArgs = List.copyOf(jvmArgs);
    this.log = log;
  }

  Measurement run(Measured c) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(new Tee(captured, log), true, StandardCharsets.UTF_8);
    AtomicBoolean killed = new AtomicBoolean();
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    ScheduledFuture<?> cap =
        watchdog.schedule(
            () -> {
              killed.set(true);
              // only the JMH forks of this run are children of this JVM
              ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            },
            depth.capMinutes(),
            TimeUnit.MINUTES);
    Collection<RunResult> results;
    try {
      results =
          new Runner(options(c), OutputFormatFactory.createFormatInstance(out, VerboseMode.NORMAL))
              .run();
    } catch (RunnerException | RuntimeException e) {
      out.println(e);
      if (String.valueOf(e.getMessage()).contains("JMH lock")) {
        // another JMH run is measuring on this machine: an error of the setup, not a result
        throw new IllegalStateException(e.getMessage(), e);
      }
      results = List.of();
    } finally {
      cap.cancel(false);
      watchdog.shutdownNow();
      out.flush();
    }
    if (killed.get()) {
      return Measurement.failed(
          c,
          "not run to the end: exceeded the "
              + depth.capMinutes()
              + "-minute cap of one measurement at depth "
              + depth.name(),
          maxHeapMb(c),
          false,
          null);
    }
    if (results.isEmpty()) {
      List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
      String reason = FailureReason.of(lines, maxHeap(c));
      // a mismatch WAS compared with the oracle: that is how it failed
      boolean checked = reason.startsWith(FailureReason.MISMATCH);
      return Measurement.failed(c, reason, maxHeapMb(c), checked, null);
    }
    return measurement(c, results.iterator().next());
  }

  private Options options(Measured c) {
    boolean singleShot = c.mode() == Mode.SingleShotTime;
    List<String> flags = new ArrayList<>(jvmArgs);
    flags.addAll(c.extraJvmFlags());
    OptionsBuilder options = new OptionsBuilder();
    options.include("^" + Pattern.quote(c.benchmark()) + "$");
    c.params().forEach(options::param);
    return options
        .mode(c.mode())
        .timeUnit(TimeUnit.MILLISECONDS)
        .forks(depth.forks())
        // a single-shot job is checked once untimed by its setup; a timed warm-up would only
        // repeat the same cold run
        .warmupIterations(singleShot ? 0 : depth.warmupIterations())
        .warmupTime(TimeValue.milliseconds(depth.warmupMillis()))
        .measurementIterations(depth.iterations())
        .measurementTime(TimeValue.milliseconds(depth.iterationMillis()))
        .jvmArgs(flags.toArray(String[]::new))
        .addProfiler(RssProfiler.class)
        .shouldFailOnError(true)
        .build();
  }

  /** The {@code -Xmx} of the measurement's forks: its own when it has one, else the depth's. */
  private String maxHeap(Measured c) {
    String heap = depth.maxHeap();
    for (String flag : c.extraJvmFlags()) {
      if (flag.startsWith("-Xmx")) {
        heap = flag.substring("-Xmx".length());
      }
    }
    return heap;
  }

  private long maxHeapMb(Measured c) {
    return depth.withMaxHeap(maxHeap(c)).maxHeapMb();
  }

  private Measurement measurement(Measured c, RunResult result) {
    List<Double> samples = new ArrayList<>();
    for (BenchmarkResult fork : result.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        samples.add(iteration.getPrimaryResult().getScore());
      }
    }
    Result<?> primary = result.getPrimaryResult();
    Map<String, Result> secondary = result.getSecondaryResults();
    Double checkedScore = score(secondary, RssProfiler.CHECKED);
    boolean checked = checkedScore != null && checkedScore == 1.0;
    return new Measurement(
        c.suite(),
        c.name(),
        c.backend(),
        c.dataSetName(),
        Measurement.OK,
        null,
        "ms/op",
        median(samples),
        finite(primary.getScore()),
        finite(primary.getScoreError()),
        samples,
        score(secondary, RssProfiler.RSS),
        score(secondary, RssProfiler.HEAP_PEAK),
        maxHeapMb(c),
        checked);
  }

  private static Double score(Map<String, Result> secondary, String label) {
    for (Map.Entry<String, Result> e : secondary.entrySet()) {
      if (e.getKey().endsWith(label)) {
        return finite(e.getValue().getScore());
      }
    }
    return null;
  }

  private static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Writes to both streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int x) {
      write(new byte[] {(byte) x}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int off, int len) {
      try {
        a.write(bytes, off, len);
        b.write(bytes, off, len);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void flush() {
      try {
        a.flush();
        b.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
