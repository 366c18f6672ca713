package dev.frameports.workloads.volume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a generation wrote and the exact answer the job must give: the parameters, every data file
 * (rows, bytes, SHA-256) and one expectation per state that has rows, sorted by state. Stored as
 * {@code manifest.json} beside the data, written after every data file is in place, so its presence
 * means the folder is complete.
 *
 * @param workload always {@code volume}: guards against reading another workload's manifest
 * @param spec the generation's parameters
 * @param files the data files, by index
 * @param states the per-state oracle, sorted by state name
 */
public record VolumeManifest(
    String workload, VolumeSpec spec, List<VolumeDataFile> files, List<StateExpectation> states) {
  /** The manifest's file name in the data folder. */
  public static final String FILE_NAME = "manifest.json";

  static final String WORKLOAD = "volume";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * @throws NullPointerException when {@code workload} or {@code spec} is null
   */
  public VolumeManifest {
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(spec, "spec");
    files = List.copyOf(files);
    states = List.copyOf(states);
  }

  /** The total input rows, summed over the states (equals {@code spec.rows()}). */
  public long totalRows() {
    return states.stream().mapToLong(StateExpectation::rows).sum();
  }

  /** The total input bytes over the data files. */
  public long totalBytes() {
    return files.stream().mapToLong(VolumeDataFile::bytes).sum();
  }

  /**
   * Writes {@code manifest.json} into {@code dir} atomically (temporary file, then rename).
   *
   * @throws SourceException naming the file when it cannot be written
   */
  public void write(Path dir) {
    AtomicFiles.write(
        dir.resolve(FILE_NAME), temporary -> JSON.writeValue(temporary.toFile(), this));
  }

  /**
   * Reads the manifest of a generated folder.
   *
   * @throws SourceException naming the file when it is missing (the data were not generated, or the
   *     generation failed), unreadable, or not a volume manifest
   */
  public static VolumeManifest read(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new SourceException(
          "no volume manifest at "
              + file
              + ": generate the data into "
              + dir
              + " first (a folder without a manifest is incomplete)");
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      // checked before the mapping, which would fail on another workload's fields less clearly
      JsonNode workload = root.get("workload");
      if (workload == null || !WORKLOAD.equals(workload.asText())) {
        throw new SourceException(
            file
                + (workload == null
                    ? " has no workload field: not a volume manifest"
                    : " is a " + workload.asText() + " manifest, not volume"));
      }
      return JSON.treeToValue(root, VolumeManifest.class);
    } catch (SourceException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new SourceException("cannot read volume manifest " + file + ": " + e.getMessage(), e);
    }
  }
}
