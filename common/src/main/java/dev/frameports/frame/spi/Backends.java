package dev.frameports.frame.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Finds backends on the class path and creates the one asked for.
 *
 * <p>The choice: an explicit name; else the system property {@code backend}; else the environment
 * variable {@code FRAMEPORTS_BACKEND}; else the only backend present. Several backends and no
 * choice, or an unknown name, is an {@link IllegalStateException} that lists the names available.
 */
public final class Backends {
  /** The system property that selects a backend. */
  public static final String PROPERTY = "backend";

  /** The environment variable that selects a backend when the property is not set. */
  public static final String ENVIRONMENT = "FRAMEPORTS_BACKEND";

  private Backends() {}

  /** The providers on the class path, sorted by name. */
  public static List<BackendProvider> providers() {
    List<BackendProvider> result = new ArrayList<>();
    ServiceLoader.load(BackendProvider.class).forEach(result::add);
    result.sort(Comparator.comparing(BackendProvider::name));
    return result;
  }

  /** The names of the providers on the class path, sorted. */
  public static List<String> names() {
    return providers().stream().map(BackendProvider::name).toList();
  }

  /** The backend chosen by property, environment or uniqueness, with default options. */
  public static Backend load() {
    return load(Map.of());
  }

  /** The backend chosen by property, environment or uniqueness. */
  public static Backend load(Map<String, String> options) {
    return provider(chosenName(System::getProperty, System::getenv)).create(options);
  }

  /** The named backend with default options. */
  public static Backend load(String name) {
    return provider(Optional.of(name)).create(Map.of());
  }

  /** The named backend. */
  public static Backend load(String name, Map<String, String> options) {
    return provider(Optional.of(name)).create(options);
  }

  /** The name selected by the property or, failing that, the environment; empty if neither. */
  static Optional<String> chosenName(
      Function<String, String> properties, Function<String, String> environment) {
    String name = properties.apply(PROPERTY);
    if (name == null || name.isBlank()) {
      name = environment.apply(ENVIRONMENT);
    }
    return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
  }

  /** The provider for a name, or the only provider when no name is given. */
  public static BackendProvider provider(Optional<String> name) {
    List<BackendProvider> providers = providers();
    List<String> names = providers.stream().map(BackendProvider::name).toList();
    if (name.isPresent()) {
      return providers.stream()
          .filter(p -> p.name().equals(name.get()))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "unknown backend '" + name.get() + "'; available: " + describe(names)));
    }
    if (providers.size() == 1) {
      return providers.get(0);
    }
    throw new IllegalStateException(
        (providers.isEmpty()
                ? "no backend on the class path"
                : "several backends on the class path")
            + "; choose one with -D"
            + PROPERTY
            + "=NAME or "
            + ENVIRONMENT
            + "=NAME; available: "
            + describe(names));
  }

  private static String describe(List<String> names) {
    return names.isEmpty()
        ? "none (add a backend-* module to the class path)"
        : String.join(", ", names);
  }
}
