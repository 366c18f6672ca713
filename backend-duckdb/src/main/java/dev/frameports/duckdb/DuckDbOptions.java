package dev.frameports.duckdb;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The options of a DuckDB backend (keys without the {@code duckdb.} prefix). Values are passed to
 * DuckDB as given, so they use its syntax ({@code memory_limit=1GB}).
 *
 * @param memoryLimit DuckDB's {@code memory_limit}; past it, operators spill to the temp directory
 * @param threads DuckDB's {@code threads}
 * @param temporaryDirectory where DuckDB spills; null means a fresh folder deleted on close
 * @param preserveInsertionOrder DuckDB's {@code preserve_insertion_order}; null keeps its default
 *     (true). False lets DuckDB reorder rows of plans without a sort, breaking the row-order
 *     promise of {@link dev.frameports.frame.plan.Plan} for them, in exchange for less memory.
 */
record DuckDbOptions(
    @Nullable String memoryLimit,
    @Nullable String threads,
    @Nullable Path temporaryDirectory,
    @Nullable Boolean preserveInsertionOrder) {

  /** The keys {@link #parse} accepts. */
  static final List<String> KNOWN =
      List.of("memory_limit", "threads", "temp_directory", "preserve_insertion_order");

  /**
   * Reads the options.
   *
   * @throws IllegalArgumentException for an unknown key, listing the known ones, or a {@code
   *     preserve_insertion_order} other than {@code true} or {@code false}
   */
  static DuckDbOptions parse(Map<String, String> options) {
    for (String key : options.keySet()) {
      if (!KNOWN.contains(key)) {
        throw new IllegalArgumentException(
            "unknown DuckDB backend option '" + key + "'; known options: " + KNOWN);
      }
    }
    String directory = options.get("temp_directory");
    return new DuckDbOptions(
        options.get("memory_limit"),
        options.get("threads"),
        directory == null ? null : Path.of(directory),
        parseBoolean("preserve_insertion_order", options.get("preserve_insertion_order")));
  }

  private static @Nullable Boolean parseBoolean(String key, @Nullable String value) {
    if (value == null) {
      return null;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default ->
          throw new IllegalArgumentException(
              "DuckDB backend option '" + key + "' must be true or false, got '" + value + "'");
    };
  }
}
