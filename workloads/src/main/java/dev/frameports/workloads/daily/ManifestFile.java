package dev.frameports.workloads.daily;

import java.util.Objects;

/**
 * One generated parquet file as the manifest records it.
 *
 * @param path the file's path relative to the output folder, with {@code /} separators, e.g. {@code
 *     part-0003/transactions-0003.parquet}
 * @param rows rows in the file
 * @param bytes size on disk (depends on the writer engine, unlike everything else here)
 * @param contentHash 16 hex digits hashing every value drawn for the file's rows: equal for equal
 *     rows whichever engine wrote them, so it proves determinism without reading parquet
 */
public record ManifestFile(String path, long rows, long bytes, String contentHash) {
  public ManifestFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(contentHash, "contentHash");
  }
}
