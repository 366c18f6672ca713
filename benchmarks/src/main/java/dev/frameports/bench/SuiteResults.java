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
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The results file of one suite run (results-format.md, format version 1). Field names are the JSON
 * names.
 */
public record SuiteResults(
    int formatVersion,
    String depth,
    String startedAt,
    String finishedAt,
    Environment environment,
    List<DataSetInfo> dataSets,
    List<Measurement> measurements,
    List<Equivalence> equivalence) {

  /** The version of this format. */
  public static final int FORMAT_VERSION = 1;

  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /** One entry of {@code dataSets}. */
  public record DataSetInfo(
      String name, String preset, long seed, long rows, int files, long bytes, int hours) {
    static DataSetInfo of(BenchDataSet d) {
      return new DataSetInfo(
          d.name(), d.name(), d.seed(), d.rows(), d.databases().size(), d.bytes(), d.spanHours());
    }

    /** An ETL input: its preset is the size's name; it spans no report window (0 hours). */
    static DataSetInfo of(EtlDataSet d) {
      return new DataSetInfo(d.name(), d.size(), d.seed(), d.rows(), d.files(), d.bytes(), 0);
    }
  }

  /** One entry of {@code equivalence}: an oracle check that really ran before timing. */
  public record Equivalence(
      String backend, String dataSet, String statistic, boolean matches, @Nullable String detail) {}

  /**
   * Writes {@code <dir>/<yyyyMMdd-HHmmss>-<depth>.json} and {@code <dir>/latest-<depth>.json}, each
   * atomically.
   *
   * @return the time-stamped file
   */
  public Path write(Path dir, Instant started) {
    try {
      Files.createDirectories(dir);
      byte[] json =
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(this);
      Path stamped = dir.resolve(FILE_STAMP.format(started) + "-" + depth + ".json");
      AtomicFiles.write(stamped, tmp -> Files.write(tmp, json));
      AtomicFiles.write(dir.resolve("latest-" + depth + ".json"), tmp -> Files.write(tmp, json));
      return stamped;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results into " + dir, e);
    }
  }
}
