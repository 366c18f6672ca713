package dev.frameports.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.frameports.frame.source.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The measurements of an unfinished run, saved after each one as {@code
 * <output>/partial-<depth>.json}. Why: a full run takes hours on this machine, longer than a work
 * session or a CI job may last; a run started again with the same depth, seed and heap resumes
 * where the last one stopped instead of starting over. The file is deleted once the results file is
 * written; delete it by hand to start from scratch.
 */
final class SuiteCheckpoint {
  /** What a resumed run needs: when the run began, what it measured, and with which settings. */
  record State(
      String startedAt,
      long seed,
      String maxHeap,
      List<Measurement> measurements,
      List<SuiteResults.Equivalence> equivalence) {

    /** True when this combination was measured already. */
    boolean has(Measured c) {
      return measurements.stream().anyMatch(c::isMeasurement);
    }
  }

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path file;

  SuiteCheckpoint(Path output, String depth) {
    this.file = output.resolve("partial-" + depth + ".json");
  }

  Path file() {
    return file;
  }

  /**
   * The saved state, if any, after checking it was made with the same seed and heap.
   *
   * @throws IllegalArgumentException when it was not, or when the file is unreadable
   */
  Optional<State> load(long seed, String maxHeap) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    State state;
    try {
      state = JSON.readValue(file.toFile(), State.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot resume from " + file + " (" + e.getMessage() + "); delete it to start afresh", e);
    }
    if (state.seed() != seed || !state.maxHeap().equals(maxHeap)) {
      throw new IllegalArgumentException(
          file
              + " was measured with seed "
              + state.seed()
              + " and -Xmx"
              + state.maxHeap()
              + ", not seed "
              + seed
              + " and -Xmx"
              + maxHeap
              + "; delete it to start afresh");
    }
    return Optional.of(state);
  }

  /** Saves the state atomically. */
  void save(State state) {
    try {
      Files.createDirectories(file.getParent());
      byte[] bytes = JSON.writeValueAsBytes(state);
      AtomicFiles.write(file, tmp -> Files.write(tmp, bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the checkpoint " + file, e);
    }
  }

  /** Removes the checkpoint once the run is complete. */
  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the checkpoint " + file, e);
    }
  }
}
