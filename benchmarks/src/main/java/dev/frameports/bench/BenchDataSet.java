package dev.frameports.bench;

import dev.frameports.usage.generate.GeneratorPreset;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * One generated data set in the cache, as its manifest describes it.
 *
 * @param preset the generator preset
 * @param seed the generator seed
 * @param directory the folder with the monthly files, {@code chtc_owned} and the manifest
 * @param databases the monthly files, in chronological order
 * @param rows rows over all files
 * @param bytes size of the database files
 * @param first the first timestamp written
 * @param last the last timestamp written
 */
public record BenchDataSet(
    GeneratorPreset preset,
    long seed,
    Path directory,
    List<Path> databases,
    long rows,
    long bytes,
    LocalDateTime first,
    LocalDateTime last) {

  public BenchDataSet {
    databases = List.copyOf(databases);
  }

  /** The {@code @Param dataSet} value and the name in the results: the preset in lower case. */
  public String name() {
    return preset.name().toLowerCase(Locale.ROOT);
  }

  /** The newest monthly file: the {@code dbPath} a report is run with (its folder holds all). */
  public Path latestDatabase() {
    return databases.get(databases.size() - 1);
  }

  /** The whole generated window in hours, rounded up: what the load operation reads. */
  public int spanHours() {
    long minutes = java.time.Duration.between(first, last).toMinutes();
    return (int) Math.max(1, (minutes + 59) / 60);
  }

  /** The hours of the report window over this data set: 24 h, 7 days or 30 days. */
  public int reportHours() {
    switch (preset) {
      case WEEK:
        return 7 * 24;
      case MONTH:
        return 30 * 24;
      default:
        return 24;
    }
  }
}
