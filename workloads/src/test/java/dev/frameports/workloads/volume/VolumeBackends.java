package dev.frameports.workloads.volume;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import java.util.Map;
import java.util.stream.Stream;

/** The engines the tests run on, with small limits so a test never takes the machine. */
final class VolumeBackends {
  private VolumeBackends() {}

  static Stream<String> all() {
    return Stream.of("arrow", "duckdb", "tablesaw");
  }

  /** The backends with {@code PARQUET_SINK}: the ones {@link VolumeJob#run} can finish on. */
  static Stream<String> withParquetSink() {
    return Stream.of("arrow", "duckdb");
  }

  static Backend load(String name) {
    return switch (name) {
      case "duckdb" -> Backends.load(name, Map.of("threads", "1", "memory_limit", "256MB"));
      case "arrow" -> Backends.load(name, Map.of("memory_limit", "256m"));
      default -> Backends.load(name, Map.of());
    };
  }

  /** Another engine that reads Parquet, to read back what {@code writer} wrote. */
  static String readerOtherThan(String writer) {
    return writer.equals("arrow") ? "duckdb" : "arrow";
  }
}
