package dev.frameports.bench;

import dev.frameports.usage.generate.GenerationResult;
import dev.frameports.usage.generate.GeneratorPreset;
import dev.frameports.usage.generate.GpuStateGenerator;
import dev.frameports.usage.store.GpuStateFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The cache of generated data: one folder {@code <root>/<preset>-<seed>/} per data set, generated
 * once and reused across forks and runs. The generator's manifest is written last, so a folder
 * without it is an interrupted generation and is generated again.
 *
 * <p>The root comes from the system property {@value #DATA_DIR_PROPERTY} (the suite passes it to
 * every fork), else {@code benchmarks/target/bench-data} (or {@code target/bench-data} when run
 * from inside the module). The seed comes from {@value #SEED_PROPERTY}, default 1.
 */
public final class BenchData {
  /** System property naming the cache root. */
  public static final String DATA_DIR_PROPERTY = "frameports.bench.dataDir";

  /** System property naming the generator seed. */
  public static final String SEED_PROPERTY = "frameports.bench.seed";

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 1L;

  private BenchData() {}

  /** The cache root of this JVM. */
  public static Path root() {
    String configured = System.getProperty(DATA_DIR_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path module = Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks") : Path.of(".");
    return module.resolve("target").resolve("bench-data").toAbsolutePath().normalize();
  }

  /** The seed of this JVM. */
  public static long seed() {
    return Long.parseLong(System.getProperty(SEED_PROPERTY, Long.toString(DEFAULT_SEED)));
  }

  /** The data set named {@code name} (a preset in any case) with this JVM's root and seed. */
  public static BenchDataSet open(String name) {
    return ensure(root(), GeneratorPreset.valueOf(name.toUpperCase(Locale.ROOT)), seed());
  }

  /**
   * The data set, generated first when the cache lacks it. Generation is not measured: the suite
   * calls this before any fork starts.
   */
  public static synchronized BenchDataSet ensure(Path root, GeneratorPreset preset, long seed) {
    Path dir = root.resolve(preset.name().toLowerCase(Locale.ROOT) + "-" + seed);
    Path manifest = dir.resolve(GenerationResult.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      deleteTree(dir);
      GpuStateGenerator.of(preset).withSeed(seed).quiet().writeTo(dir);
    }
    return read(preset, seed, dir, manifest);
  }

  private static BenchDataSet read(GeneratorPreset preset, long seed, Path dir, Path manifest) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifest, e);
    }
    List<Path> databases = new ArrayList<>();
    long bytes = 0;
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("file.") && key.endsWith(".bytes")) {
        String file = key.substring("file.".length(), key.length() - ".bytes".length());
        if (GpuStateFiles.MONTHLY_NAME.matcher(file).matches()) {
          databases.add(dir.resolve(file));
          bytes += Long.parseLong(p.getProperty(key));
        }
      }
    }
    databases.sort(Comparator.comparing(f -> f.getFileName().toString()));
    if (databases.isEmpty()) {
      throw new IllegalStateException("no database file listed in " + manifest);
    }
    return new BenchDataSet(
        preset,
        seed,
        dir,
        databases,
        Long.parseLong(p.getProperty("rows")),
        bytes,
        timestamp(p, "first_timestamp"),
        timestamp(p, "last_timestamp"));
  }

  private static LocalDateTime timestamp(Properties p, String key) {
    return dev.frameports.frame.TimestampText.parse(p.getProperty(key));
  }

  /** Deletes a cache folder and everything in it; nothing when it does not exist. */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the interrupted generation in " + dir, e);
    }
  }
}
