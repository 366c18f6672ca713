package dev.frameports.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.frameports.frame.source.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes a results record as indented JSON, time-stamped and as the latest of its name. */
final class ResultsJson {
  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private ResultsJson() {}

  /**
   * Writes {@code <dir>/<yyyyMMdd-HHmmss>-<name>.json} and {@code <dir>/latest-<name>.json}, each
   * atomically (a reader never sees half a file).
   *
   * @return the time-stamped file
   */
  static Path write(Object results, Path dir, Instant started, String name) {
    try {
      Files.createDirectories(dir);
      byte[] json =
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(results);
      Path stamped = dir.resolve(FILE_STAMP.format(started) + "-" + name + ".json");
      AtomicFiles.write(stamped, tmp -> Files.write(tmp, json));
      AtomicFiles.write(dir.resolve("latest-" + name + ".json"), tmp -> Files.write(tmp, json));
      return stamped;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results into " + dir, e);
    }
  }
}
