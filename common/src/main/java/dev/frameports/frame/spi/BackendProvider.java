package dev.frameports.frame.spi;

import java.util.Map;

/**
 * Creates backends; registered with {@link java.util.ServiceLoader} in {@code
 * META-INF/services/dev.frameports.frame.spi.BackendProvider} and found by {@link Backends}.
 */
public interface BackendProvider {

  /** The lowercase id users select with {@code -Dbackend=NAME}: {@code duckdb}, {@code arrow}. */
  String name();

  /** One line for listings: what the engine is and how it runs. */
  String description();

  /**
   * A new backend instance; the caller closes it.
   *
   * @param options backend options without the {@code "<name>."} prefix (e.g. {@code
   *     memory_limit}); unknown keys are an {@link IllegalArgumentException} that lists the known
   *     ones
   */
  Backend create(Map<String, String> options);
}
