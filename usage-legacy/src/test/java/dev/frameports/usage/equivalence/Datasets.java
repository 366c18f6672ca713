package dev.frameports.usage.equivalence;

import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.HostExclusions;
import dev.frameports.usage.generate.GenerationResult;
import dev.frameports.usage.generate.GeneratorPreset;
import dev.frameports.usage.generate.GpuStateGenerator;
import dev.frameports.usage.generate.Snapshot;
import dev.frameports.usage.legacy.LegacyFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The inputs of the suite, written once per JVM into a temporary folder (deleted at exit): the §5.1
 * fixture (plain, and with host1 CHTC-owned and host2 excluded), the probes §5.3 (e) and (f), the
 * {@code tiny} preset for three seeds, two hours of the {@code day} layout across the
 * November/December boundary for two seeds, and the {@code dirty} preset. All small, so that the
 * whole suite stays fast on every backend.
 *
 * <p>Depths ({@link Dataset.Depth}): the hand-made fixtures get the row-level filter checks as well
 * (except probe (e), a single class); tiny seed 1 and the dirty preset get every variant; tiny
 * seeds 2 and 3 the statistics once each; the day slices only what is not already covered
 * elsewhere.
 */
final class Datasets {
  static final long[] TINY_SEEDS = {1, 2, 3};
  static final long[] DAY_SEEDS = {11, 12};
  static final long DIRTY_SEED = 21;

  /** Dynamic primary slots 1 and 2 and backfill slot 2 (a regex, as upstream's --host). */
  static final String GENERATED_HOST_PROBE = "slot1_[12]@|backfill2";

  private static final LocalDateTime DAY_SLICE_START = LocalDateTime.of(2025, 11, 30, 23, 0);

  private static List<Dataset> all;

  private Datasets() {}

  /** Every dataset, built on first use. */
  static synchronized List<Dataset> all() {
    if (all == null) {
      all = build(temporaryRoot());
    }
    return all;
  }

  /**
   * The datasets of the statistic-by-statistic comparisons: all but the second {@code day} seed,
   * which only the whole-report comparisons use (the per-statistic pass over a day slice is the
   * slowest part of the suite, and one seed of it already covers every statistic at scale).
   */
  static List<Dataset> forStatistics() {
    String skipped = dayName(DAY_SEEDS[1]);
    return all().stream().filter(ds -> !ds.name().equals(skipped)).toList();
  }

  private static String dayName(long seed) {
    return "day 2h seed " + seed;
  }

  private static List<Dataset> build(Path root) {
    List<Dataset> result = new ArrayList<>();
    LocalDateTime t0 = LegacyFixtures.T0;
    result.add(
        fixture(
            root,
            "fixture 5.1",
            LegacyFixtures.sampleRows(),
            ChtcOwnedHosts.none(),
            HostExclusions.none(),
            t0.plusMinutes(10),
            "host1",
            Dataset.Depth.ROWS));
    result.add(
        fixture(
            root,
            "fixture 5.1 host1 CHTC-owned host2 excluded",
            LegacyFixtures.sampleRows(),
            new ChtcOwnedHosts(Set.of(LegacyFixtures.HOST1)),
            new HostExclusions(Map.of("HOST2", "excluded by the equivalence suite")),
            t0.plusMinutes(10),
            "host1",
            Dataset.Depth.ROWS));
    result.add(
        fixture(
            root,
            "probe 5.3e",
            LegacyFixtures.doubleCountRows(),
            ChtcOwnedHosts.none(),
            HostExclusions.none(),
            t0.plusMinutes(5).plusSeconds(1),
            "slot1@",
            Dataset.Depth.CORE));
    result.add(
        fixture(
            root,
            "probe 5.3f",
            LegacyFixtures.nullHandlingRows(),
            ChtcOwnedHosts.none(),
            HostExclusions.none(),
            t0,
            "@a",
            Dataset.Depth.ROWS));
    for (long seed : TINY_SEEDS) {
      result.add(
          generated(
              root,
              "tiny seed " + seed,
              GpuStateGenerator.of(GeneratorPreset.TINY).withSeed(seed),
              seed == TINY_SEEDS[0] ? Dataset.Depth.VARIANTS : Dataset.Depth.CORE));
    }
    for (long seed : DAY_SEEDS) {
      result.add(
          generated(
              root,
              dayName(seed),
              GpuStateGenerator.of(GeneratorPreset.DAY)
                  .withSeed(seed)
                  .withStart(DAY_SLICE_START)
                  .withSpan(Duration.ofHours(2)),
              Dataset.Depth.LARGE));
    }
    result.add(
        generated(
            root,
            "dirty seed " + DIRTY_SEED,
            GpuStateGenerator.of(GeneratorPreset.DIRTY).withSeed(DIRTY_SEED),
            Dataset.Depth.VARIANTS));
    return List.copyOf(result);
  }

  /**
   * A fixture written as upstream's tests did (raw sqlite3, timestamps without a fraction) into
   * {@code gpu_state_2025-01.db}, with its {@code chtc_owned} beside it.
   */
  private static Dataset fixture(
      Path root,
      String name,
      List<GpuStateRow> rows,
      ChtcOwnedHosts chtcOwned,
      HostExclusions exclusions,
      LocalDateTime midWindowEnd,
      String hostProbe,
      Dataset.Depth depth) {
    Path dir = folder(root, name);
    try {
      Path db = LegacyFixtures.writeDatabase(dir.resolve("gpu_state_2025-01.db"), rows, false);
      Files.writeString(dir.resolve("chtc_owned"), String.join("\n", chtcOwned.hosts()) + "\n");
      return new Dataset(name, db, rows, chtcOwned, exclusions, 1, midWindowEnd, hostProbe, depth);
    } catch (IOException | java.sql.SQLException e) {
      throw new IllegalStateException("cannot write fixture " + name, e);
    }
  }

  /** A generation with its side files; the exclusions come from its masked_hosts.yaml. */
  private static Dataset generated(
      Path root, String name, GpuStateGenerator generator, Dataset.Depth depth) {
    Path dir = folder(root, name);
    GpuStateGenerator quiet = generator.quiet().withThreads(1);
    GenerationResult result = quiet.writeTo(dir);
    List<GpuStateRow> rows = new ArrayList<>();
    for (Snapshot s : quiet.snapshots()) {
      rows.addAll(s.rows());
    }
    if (rows.size() != result.rows()) {
      throw new IllegalStateException(
          name + ": " + rows.size() + " rows in memory but " + result.rows() + " written");
    }
    Path newest = result.files().get(result.files().size() - 1).path();
    return new Dataset(
        name,
        newest,
        rows,
        ChtcOwnedHosts.load(result.chtcOwned()),
        HostExclusions.load(result.maskedHosts()),
        24,
        result.firstTimestamp().plusMinutes(90),
        GENERATED_HOST_PROBE,
        depth);
  }

  private static Path folder(Path root, String name) {
    try {
      return Files.createDirectories(root.resolve(name.replaceAll("[^A-Za-z0-9]+", "-")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temporaryRoot() {
    try {
      Path root = Files.createTempDirectory("frameports-equivalence-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at JVM exit; the folder is in the system temp directory
    }
  }
}
