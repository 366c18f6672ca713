package dev.frameports.bench;

import java.nio.file.Path;
import java.time.Instant;
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
    return ResultsJson.write(this, dir, started, depth);
  }
}
