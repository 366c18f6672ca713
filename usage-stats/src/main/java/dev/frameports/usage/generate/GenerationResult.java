package dev.frameports.usage.generate;

import dev.frameports.frame.TimestampText;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a generation wrote: the monthly files with their rows and time ranges, the side files, the
 * seed and the measured wall-clock time. {@link #manifestText()} is the deterministic part, written
 * beside the data as {@value #MANIFEST}.
 */
public record GenerationResult(
    String preset,
    long seed,
    boolean dirty,
    int hosts,
    int gpus,
    LocalDateTime firstTimestamp,
    LocalDateTime lastTimestamp,
    int snapshots,
    int missedSnapshots,
    long rows,
    List<GeneratedFile> files,
    Path chtcOwned,
    Path maskedHosts,
    Duration elapsed) {
  /** The manifest's file name. */
  public static final String MANIFEST = "generation-manifest.properties";

  public GenerationResult {
    files = List.copyOf(files);
  }

  /** The total size of the database files. */
  public long bytes() {
    return files.stream().mapToLong(GeneratedFile::bytes).sum();
  }

  /**
   * {@code key=value} lines describing the data; no elapsed time or absolute path, so the same
   * generation gives the same text.
   */
  public String manifestText() {
    StringBuilder sb = new StringBuilder();
    line(sb, "preset", preset);
    line(sb, "seed", seed);
    line(sb, "dirty", dirty);
    line(sb, "hosts", hosts);
    line(sb, "gpus", gpus);
    line(sb, "first_timestamp", TimestampText.formatWithMicros(firstTimestamp));
    line(sb, "last_timestamp", TimestampText.formatWithMicros(lastTimestamp));
    line(sb, "snapshots", snapshots);
    line(sb, "missed_snapshots", missedSnapshots);
    line(sb, "rows", rows);
    line(sb, "chtc_owned", chtcOwned.getFileName());
    line(sb, "masked_hosts", maskedHosts.getFileName());
    for (GeneratedFile f : files) {
      String key = "file." + f.path().getFileName();
      line(sb, key + ".rows", f.rows());
      line(sb, key + ".snapshots", f.snapshots());
      line(sb, key + ".first_timestamp", TimestampText.formatWithMicros(f.firstTimestamp()));
      line(sb, key + ".last_timestamp", TimestampText.formatWithMicros(f.lastTimestamp()));
      line(sb, key + ".bytes", f.bytes());
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String key, Object value) {
    sb.append(key).append('=').append(value).append('\n');
  }
}
