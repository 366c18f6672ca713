package dev.frameports.usage.stats;

import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.HostExclusions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the golden tests: one backend per name for the whole class (closed after it), and the
 * fixtures written as real SQLite files and loaded through {@link GpuStateLoader}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BackendTest {
  static final double TOLERANCE = 1e-9;

  @TempDir Path dir;
  private final Map<String, Backend> backends = new HashMap<>();
  private int files;

  Backend backend(String name) {
    return backends.computeIfAbsent(name, Backends::load);
  }

  /** The rows written to a fresh SQLite file and loaded in full (end = latest, 24 h back). */
  LazyFrame load(String backendName, List<GpuStateRow> rows) {
    Path file = writeDatabase(rows);
    Backend backend = backend(backendName);
    return backend.from(GpuStateLoader.load(backend, file, 24, null).collect());
  }

  /** The §5.1 fixture, loaded. */
  LazyFrame sample(String backendName) {
    return load(backendName, SampleGpuData.rows());
  }

  Path writeDatabase(List<GpuStateRow> rows) {
    Path folder = dir.resolve("db" + files++);
    folder.toFile().mkdirs();
    return GpuStateDatabase.write(folder.resolve("gpu_state_2025-01.db"), rows);
  }

  static FilterContext noHosts() {
    return FilterContext.defaults();
  }

  static FilterContext chtcOwned(String... hosts) {
    return new FilterContext(new ChtcOwnedHosts(Set.of(hosts)), HostExclusions.none());
  }

  @AfterAll
  void closeBackends() {
    backends.values().forEach(Backend::close);
  }
}
