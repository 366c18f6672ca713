package dev.frameports.decision;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads results files written by {@code benchmarks} (results-format.md). */
public final class ResultsFiles {
  /** The only format this reader understands. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

  private ResultsFiles() {}

  /**
   * Parses {@code file}.
   *
   * @throws UncheckedIOException naming the file when it is missing or not valid JSON
   * @throws IllegalArgumentException when its {@code formatVersion} is not {@value #FORMAT_VERSION}
   */
  public static BenchmarkResults read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(
          "results file not found: " + file + " (run benchmarks/run.sh first)",
          new NoSuchFileException(file.toString()));
    }
    BenchmarkResults results;
    try {
      results = MAPPER.readValue(file.toFile(), BenchmarkResults.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read results file " + file + ": " + e.getMessage(), e);
    }
    if (results.formatVersion() != FORMAT_VERSION) {
      throw new IllegalArgumentException(
          file + ": formatVersion " + results.formatVersion() + ", expected " + FORMAT_VERSION);
    }
    return results;
  }
}
