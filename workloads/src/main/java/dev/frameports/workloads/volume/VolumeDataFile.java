package dev.frameports.workloads.volume;

import java.util.Objects;

/**
 * One generated CSV file as the manifest records it.
 *
 * @param name the file name in the data folder, e.g. {@code data0.csv}
 * @param rows data rows (the header not counted)
 * @param bytes the file's size
 * @param sha256 the SHA-256 of the file's bytes, lower-case hex
 */
public record VolumeDataFile(String name, long rows, long bytes, String sha256) {
  public VolumeDataFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
  }
}
