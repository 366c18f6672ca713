package dev.frameports.usage.equivalence;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backends the suite runs on: every registered one, or only the one named by {@code
 * -Dbackend=NAME} (Maven passes its user properties to the Surefire JVM; the pom also maps the
 * property explicitly). Each backend is created once per JVM and closed at exit, since dynamic
 * tests run after their factory has returned.
 */
final class EquivalenceBackends {
  private static final Map<String, Backend> OPEN = new LinkedHashMap<>();

  private EquivalenceBackends() {}

  /** The names to test, sorted. */
  static List<String> names() {
    String chosen = System.getProperty(Backends.PROPERTY);
    if (chosen != null && !chosen.isBlank()) {
      // fails with the list of available names when the property names no backend
      Backends.provider(java.util.Optional.of(chosen.strip()));
      return List.of(chosen.strip());
    }
    List<String> names = Backends.names();
    if (names.isEmpty()) {
      throw new IllegalStateException("no backend on the test class path");
    }
    return names;
  }

  /** The shared instance of a backend. */
  static synchronized Backend get(String name) {
    Backend backend = OPEN.get(name);
    if (backend == null) {
      backend = Backends.load(name);
      OPEN.put(name, backend);
      if (OPEN.size() == 1) {
        Runtime.getRuntime().addShutdownHook(new Thread(EquivalenceBackends::closeAll));
      }
    }
    return backend;
  }

  private static synchronized void closeAll() {
    OPEN.values().forEach(Backend::close);
    OPEN.clear();
  }
}
