package dev.frameports.tablesaw;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.BackendProvider;
import java.util.Map;

/**
 * Provides the {@code tablesaw} backend: eager, in heap. Every operator of a plan materialises a
 * Tablesaw ({@code tech.tablesaw:tablesaw-core}) table, so the whole working set lives on the Java
 * heap. Reads in-memory, SQLite and CSV sources and writes CSV; Parquet is not supported (no
 * tablesaw-parquet release works with Tablesaw 0.44).
 *
 * <p>The backend has no options.
 */
public final class TablesawBackendProvider implements BackendProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public TablesawBackendProvider() {}

  /** {@code "tablesaw"}. */
  @Override
  public String name() {
    return TablesawSources.BACKEND;
  }

  @Override
  public String description() {
    return "Tablesaw 0.44 (eager, in heap): every operator materialises a Tablesaw table";
  }

  /**
   * A new backend.
   *
   * @param options must be empty: this backend has no options
   * @throws IllegalArgumentException for any option key, listing the known ones (none)
   */
  @Override
  public Backend create(Map<String, String> options) {
    if (!options.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown option(s) "
              + options.keySet().stream().sorted().toList()
              + " for backend '"
              + name()
              + "'; known options: none");
    }
    return new TablesawBackend();
  }
}
