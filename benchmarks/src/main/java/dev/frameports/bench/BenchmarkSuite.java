package dev.frameports.bench;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;

import dev.frameports.usage.generate.GeneratorPreset;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The suite runner: {@code java -jar benchmarks.jar --depth smoke|quick|full|etl [--output DIR]
 * [--only REGEX] [--data-dir DIR] [--seed N] [--max-heap 8g]}.
 *
 * <p>It generates the data sets it needs (not measured), then runs every measurement of the depth
 * as its own JMH run (one benchmark, backend and data set, in fresh forks, legacy first so the
 * oracle's answers are cached before the backends are checked), prints progress, and writes the
 * results JSON ({@link SuiteResults}). {@code --only} keeps the measurements whose {@code
 * name/backend/dataSet} (e.g. {@code sort2/duckdb/day}) contains a match of the regex; {@code
 * --max-heap} replaces the depth's fixed {@code -Xmx} of the forks (e.g. {@code 8g}).
 *
 * <p>After every measurement the run so far is saved ({@link SuiteCheckpoint}); started again with
 * the same depth, seed and heap, the suite skips what was measured and finishes the rest.
 */
public final class BenchmarkSuite {
  /** The backends, legacy first: its forks write the oracle answers the others are checked with. */
  public static final List<String> BACKENDS = List.of("legacy", "tablesaw", "arrow", "duckdb");

  /** The engines of the ETL workloads: no legacy there, the generators write the oracle. */
  public static final List<String> ETL_BACKENDS = List.of("tablesaw", "arrow", "duckdb");

  private BenchmarkSuite() {}

  public static void main(String[] args) {
    try {
      run(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(
          "usage: benchmarks.jar --depth smoke|quick|full|etl [--output DIR] [--only REGEX]"
              + " [--data-dir DIR] [--seed N] [--max-heap SIZE]");
      System.exit(2);
    }
  }

  /**
   * Runs the suite and returns the results file written.
   *
   * @throws IllegalArgumentException for a bad command line
   */
  public static Path run(String[] args, PrintStream progress) {
    Map<String, String> options = parse(args);
    Depth depth = Depth.of(options.getOrDefault("--depth", "quick"));
    if (options.containsKey("--max-heap")) {
      depth = depth.withMaxHeap(options.get("--max-heap"));
    }
    Path moduleDir =
        Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks") : Path.of(".");
    Path output =
        Path.of(options.getOrDefault("--output", moduleDir.resolve("results").toString()))
            .toAbsolutePath();
    Path dataRoot =
        options.containsKey("--data-dir")
            ? Path.of(options.get("--data-dir")).toAbsolutePath()
            : BenchData.root();
    long seed = Long.parseLong(options.getOrDefault("--seed", Long.toString(BenchData.seed())));
    Pattern only = options.containsKey("--only") ? Pattern.compile(options.get("--only")) : null;

    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    Map<String, BenchDataSet> dataSets = dataSets(depth, dataRoot, seed, progress);
    List<EtlDataSet> etlDataSets = etlDataSets(depth, dataRoot, seed, progress);
    List<Measured> plan = plan(depth, dataSets, etlDataSets, only);
    if (plan.isEmpty()) {
      throw new IllegalArgumentException("--only " + only + " matches no measurement");
    }
    List<String> flags = new ArrayList<>(Environment.portableFlags());
    flags.add("-Xmx" + depth.maxHeap());
    flags.add("-D" + BenchData.DATA_DIR_PROPERTY + "=" + dataRoot);
    flags.add("-D" + BenchData.SEED_PROPERTY + "=" + seed);
    Environment environment = Environment.current(flags);
    progress.printf(
        Locale.ROOT,
        "frameports benchmarks, depth %s: %d measurements, forks %d, %s, JVM flags %s%n",
        depth.name(),
        plan.size(),
        depth.forks(),
        environment.cpuModel(),
        flags);

    Path log = dataRoot.getParent().resolve("jmh-" + depth.name() + ".log");
    List<Measurement> measurements = new ArrayList<>();
    List<SuiteResults.Equivalence> equivalence = new ArrayList<>();
    SuiteCheckpoint checkpoint = new SuiteCheckpoint(output, depth.name());
    Optional<SuiteCheckpoint.State> resumed = checkpoint.load(seed, depth.maxHeap());
    if (resumed.isPresent()) {
      started = Instant.parse(resumed.get().startedAt());
      measurements.addAll(resumed.get().measurements());
      equivalence.addAll(resumed.get().equivalence());
      progress.printf(
          Locale.ROOT,
          "resuming the run of %s: %d measurements already in %s%n",
          started,
          measurements.size(),
          checkpoint.file());
    }
    try (OutputStream jmhLog = Files.newOutputStream(log, CREATE, APPEND)) {
      JmhRun runner = new JmhRun(depth, flags, jmhLog);
      for (int i = 0; i < plan.size(); i++) {
        Measured c = plan.get(i);
        if (resumed.isPresent() && resumed.get().has(c)) {
          continue;
        }
        progress.printf(
            Locale.ROOT,
            "[%d/%d %s] %s %s %s ...%n",
            i + 1,
            plan.size(),
            elapsed(startNanos),
            c.name(),
            c.backend(),
            c.dataSetName());
        Measurement m = runner.run(c);
        measurements.add(m);
        progress.println("    " + summary(m, c));
        equivalence(c, m).ifPresent(equivalence::add);
        checkpoint.save(
            new SuiteCheckpoint.State(
                started.toString(), seed, depth.maxHeap(), measurements, equivalence));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JMH log " + log, e);
    }
    SuiteResults results =
        new SuiteResults(
            SuiteResults.FORMAT_VERSION,
            depth.name(),
            started.toString(),
            Instant.now().toString(),
            environment,
            dataSetInfos(dataSets, etlDataSets),
            measurements,
            equivalence);
    Path file = results.write(output, started);
    checkpoint.delete();
    progress.printf(
        Locale.ROOT, "done in %s: %s (JMH output in %s)%n", elapsed(startNanos), file, log);
    return file;
  }

  private static Map<String, BenchDataSet> dataSets(
      Depth depth, Path root, long seed, PrintStream progress) {
    Map<String, BenchDataSet> sets = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(depth.operationDataSets());
    depth.reportDataSets().stream().filter(n -> !names.contains(n)).forEach(names::add);
    for (String name : names) {
      long t0 = System.nanoTime();
      GeneratorPreset preset = GeneratorPreset.valueOf(name.toUpperCase(Locale.ROOT));
      BenchDataSet d = BenchData.ensure(root, preset, seed);
      progress.printf(
          Locale.ROOT,
          "data set %s seed %d: %d rows in %d files, %s (ready in %s)%n",
          name,
          seed,
          d.rows(),
          d.databases().size(),
          d.directory(),
          elapsed(t0));
      sets.put(name, d);
    }
    return sets;
  }

  private static List<EtlDataSet> etlDataSets(
      Depth depth, Path root, long seed, PrintStream progress) {
    List<EtlDataSet> sets = new ArrayList<>();
    for (String size : depth.etlSizes()) {
      for (EtlWorkload workload : EtlWorkload.values()) {
        long t0 = System.nanoTime();
        EtlDataSet d = EtlData.ensure(root, workload, size, seed);
        progress.printf(
            Locale.ROOT,
            "data set %s seed %d: %d rows in %d files, %.1f MB, %s (ready in %s)%n",
            d.name(),
            seed,
            d.rows(),
            d.files(),
            d.bytes() / 1e6,
            d.directory(),
            elapsed(t0));
        sets.add(d);
      }
    }
    return sets;
  }

  private static List<SuiteResults.DataSetInfo> dataSetInfos(
      Map<String, BenchDataSet> gpu, List<EtlDataSet> etl) {
    List<SuiteResults.DataSetInfo> infos = new ArrayList<>();
    gpu.values().forEach(d -> infos.add(SuiteResults.DataSetInfo.of(d)));
    etl.forEach(d -> infos.add(SuiteResults.DataSetInfo.of(d)));
    return infos;
  }

  private static List<Measured> plan(
      Depth depth,
      Map<String, BenchDataSet> dataSets,
      List<EtlDataSet> etlDataSets,
      @Nullable Pattern only) {
    List<Measured> plan = new ArrayList<>();
    for (Operation op : Operation.values()) {
      if (op == Operation.REPORT || !depth.operations().contains(op)) {
        continue;
      }
      for (String ds : depth.operationDataSets()) {
        for (String backend : BACKENDS) {
          plan.add(new Combination(op, backend, dataSets.get(ds)));
        }
      }
    }
    for (String ds : depth.reportDataSets()) {
      for (String backend : BACKENDS) {
        plan.add(new Combination(Operation.REPORT, backend, dataSets.get(ds)));
      }
    }
    for (EtlDataSet d : etlDataSets) {
      for (String backend : ETL_BACKENDS) {
        plan.add(new EtlCombination(d.workload(), backend, d));
      }
    }
    return only == null ? plan : plan.stream().filter(c -> only.matcher(c.key()).find()).toList();
  }

  /** The equivalence entry of a backend's check, when one ran (legacy is the oracle itself). */
  private static java.util.Optional<SuiteResults.Equivalence> equivalence(
      Measured c, Measurement m) {
    if (Subject.LEGACY.equals(c.backend())) {
      return java.util.Optional.empty();
    }
    String dataSet;
    String statistic;
    if (c instanceof EtlCombination e) {
      dataSet = e.dataSetName() + " seed " + e.dataSet().seed();
      statistic = e.name() + " (every output row, against the generator's oracle)";
    } else {
      Combination g = (Combination) c;
      dataSet = g.dataSetName() + " seed " + g.dataSet().seed();
      statistic = g.operation() == Operation.REPORT ? g.name() + " (all sections)" : g.name();
    }
    if (m.status().equals(Measurement.OK) && m.checkedAgainstOracle()) {
      return java.util.Optional.of(
          new SuiteResults.Equivalence(c.backend(), dataSet, statistic, true, null));
    }
    String failure = m.failure();
    if (failure != null && failure.startsWith(FailureReason.MISMATCH)) {
      return java.util.Optional.of(
          new SuiteResults.Equivalence(c.backend(), dataSet, statistic, false, failure));
    }
    return java.util.Optional.empty();
  }

  private static String summary(Measurement m, Measured c) {
    if (!m.status().equals(Measurement.OK)) {
      return "failed: " + m.failure();
    }
    String check =
        m.checkedAgainstOracle()
            ? "checked against the oracle"
            : "NOT checked: "
                + (c instanceof Combination g
                    ? Oracle.unavailableReason(g.dataSet(), g.name()).orElse("no oracle answer")
                    : "no oracle answer");
    return String.format(
        Locale.ROOT,
        "ok: median %.3f ms/op (mean %.3f ± %s), VmHWM %s MB, heap peak %s MB, %s",
        m.median(),
        m.mean(),
        m.error() == null ? "n/a" : String.format(Locale.ROOT, "%.3f", m.error()),
        m.rssHwmMb() == null ? "?" : String.format(Locale.ROOT, "%.0f", m.rssHwmMb()),
        m.heapPeakMb() == null ? "?" : String.format(Locale.ROOT, "%.0f", m.heapPeakMb()),
        check);
  }

  private static String elapsed(long startNanos) {
    Duration d = Duration.ofNanos(System.nanoTime() - startNanos);
    return String.format(
        Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> known =
        List.of("--depth", "--output", "--only", "--data-dir", "--seed", "--max-heap");
    // a run cut short resumes by itself from <output>/partial-<depth>.json (SuiteCheckpoint)
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      if (!known.contains(arg)) {
        throw new IllegalArgumentException("unknown option " + args[i]);
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        value = args[++i];
      }
      options.put(arg, value);
    }
    return options;
  }
}
