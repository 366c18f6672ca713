package dev.frameports.usage.cli;

import dev.frameports.frame.SourceException;
import dev.frameports.frame.spi.Backends;
import dev.frameports.usage.HostExclusions;
import dev.frameports.usage.store.GpuStateCheck;
import dev.frameports.usage.store.GpuStateFiles;
import dev.frameports.usage.store.GpuStateProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Resolves and checks the inputs of an analysis before it runs, so that each kind of bad input
 * fails early with its own exit code instead of deep inside an engine.
 */
final class Inputs {
  /** The upstream default of {@code --exclude-hosts-yaml}. */
  static final String DEFAULT_EXCLUSIONS_FILE = "masked_hosts.yaml";

  /** Characters that make a pattern a regex rather than a literal host name ('.' is literal). */
  static final String REGEX_CHARACTERS = "^$*+?()[]{}|\\";

  private Inputs() {}

  /**
   * The database to analyse: {@code --db-path} as given (a directory means its most recent monthly
   * file); without it, {@code gpu_state_<current month>.db} in {@code cwd}, else the most recent
   * monthly file there (usage-stats-spec.md §4.4).
   */
  static Path database(@Nullable Path given, Path cwd, YearMonth currentMonth) {
    if (given == null) {
      Path current = GpuStateFiles.monthlyFile(cwd, currentMonth);
      if (Files.isRegularFile(current)) {
        return current;
      }
      try {
        return GpuStateFiles.mostRecentDatabase(cwd);
      } catch (SourceException e) {
        throw new CliFailure(
            ExitCode.DATA_EMPTY,
            "no --db-path given and no gpu_state_YYYY-MM.db file in the current directory "
                + cwd.toAbsolutePath());
      }
    }
    if (Files.isDirectory(given)) {
      GpuStateCheck.directory(given);
      return GpuStateFiles.mostRecentDatabase(given);
    }
    if (!Files.exists(given)) {
      Path parent = given.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new GpuStateProblem(
            GpuStateProblem.Kind.MISSING, "data directory does not exist: " + parent);
      }
      throw new GpuStateProblem(
          GpuStateProblem.Kind.MISSING, "no such database file: " + given.toAbsolutePath());
    }
    return given;
  }

  /**
   * Checks every file the analysis may read: {@code db}, the most recent monthly file of its folder
   * (the default end time comes from it), and the monthly files from the month before the window
   * (the monthly summary reads the previous month) to the end's month.
   *
   * @param endTime the requested end, or null for the latest timestamp
   */
  static void check(Path db, @Nullable LocalDateTime endTime, int hoursBack) {
    Path directory = db.toAbsolutePath().getParent();
    Set<Path> files = new LinkedHashSet<>();
    files.add(db.toAbsolutePath().normalize());
    GpuStateCheck.all(db);
    Path latestFile = db;
    try {
      latestFile = GpuStateFiles.mostRecentDatabase(directory);
    } catch (SourceException e) {
      // db is not a monthly name and has no monthly sibling: it alone sets the end time
    }
    if (files.add(latestFile.toAbsolutePath().normalize())) {
      GpuStateCheck.all(latestFile);
    }
    LocalDateTime end = endTime;
    if (end == null) {
      end = GpuStateFiles.latestTimestamp(latestFile).orElse(null);
    }
    if (end == null) {
      return; // an empty table: the analysis reports "no data"
    }
    YearMonth first = YearMonth.from(end.minusHours(hoursBack)).minusMonths(1);
    List<Path> window =
        GpuStateFiles.requiredDatabases(first.atDay(1).atStartOfDay(), end, directory);
    for (Path file : window) {
      if (files.add(file.toAbsolutePath().normalize())) {
        GpuStateCheck.all(file);
      }
    }
  }

  /**
   * The exclusions of {@code --exclude-hosts} (inline YAML/JSON) or {@code --exclude-hosts-yaml}.
   * Both at once is an error unless the file is the default, which the inline value then replaces
   * (upstream). Without either, {@value #DEFAULT_EXCLUSIONS_FILE} is read from {@code cwd} or,
   * failing that, from the data directory; if neither has it there are no exclusions.
   */
  static HostExclusions exclusions(
      @Nullable String inline, @Nullable Path file, Path cwd, Path dataDirectory) {
    boolean defaultFile = file == null || file.toString().equals(DEFAULT_EXCLUSIONS_FILE);
    if (inline != null && !defaultFile) {
      throw new CliFailure(
          ExitCode.USAGE,
          "use either --exclude-hosts or --exclude-hosts-yaml " + file + ", not both");
    }
    HostExclusions result;
    String origin = "--exclude-hosts";
    if (inline != null) {
      result = parse(inline, origin);
    } else {
      Path source = file == null ? null : cwd.resolve(file);
      if (defaultFile) {
        source = cwd.resolve(DEFAULT_EXCLUSIONS_FILE);
        if (!Files.isRegularFile(source)) {
          source = dataDirectory.resolve(DEFAULT_EXCLUSIONS_FILE);
        }
        if (!Files.isRegularFile(source)) {
          return HostExclusions.none();
        }
      }
      if (!Files.isRegularFile(source)) {
        throw new CliFailure(
            ExitCode.BAD_EXCLUSIONS, "no such exclusions file: " + source.toAbsolutePath());
      }
      String text;
      try {
        text = Files.readString(source);
      } catch (IOException e) {
        throw new CliFailure(
            ExitCode.BAD_EXCLUSIONS, "cannot read exclusions file " + source + ": " + e, e);
      }
      origin = source.toString();
      result = parse(text, origin);
    }
    return literal(result, origin);
  }

  private static HostExclusions parse(String text, String origin) {
    try {
      return HostExclusions.parse(text, origin);
    } catch (YAMLException e) {
      throw new CliFailure(
          ExitCode.BAD_EXCLUSIONS,
          origin + ": not valid YAML: " + Failures.oneLine(e.getMessage()),
          e);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCode.BAD_EXCLUSIONS, Failures.oneLine(e.getMessage()), e);
    }
  }

  /** Rejects patterns that only make sense as regexes: they are matched literally. */
  private static HostExclusions literal(HostExclusions exclusions, String origin) {
    for (String pattern : exclusions.patterns().keySet()) {
      for (char c : pattern.toCharArray()) {
        if (REGEX_CHARACTERS.indexOf(c) >= 0) {
          throw new CliFailure(
              ExitCode.REGEX_IN_EXCLUSION,
              origin
                  + ": exclusion pattern '"
                  + pattern
                  + "' contains the regex character '"
                  + c
                  + "'; patterns are literal host names (matched as case-insensitive"
                  + " substrings of Machine)");
        }
      }
    }
    return exclusions;
  }

  /** The backend name, checked against the providers on the class path. */
  static String backend(String name) {
    List<String> names = Backends.names();
    if (!names.contains(name)) {
      throw new CliFailure(
          ExitCode.UNKNOWN_BACKEND,
          "unknown backend '"
              + name
              + "'; available: "
              + (names.isEmpty() ? "none on the class path" : String.join(", ", names)));
    }
    return name;
  }
}
