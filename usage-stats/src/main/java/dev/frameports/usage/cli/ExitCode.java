package dev.frameports.usage.cli;

import dev.frameports.usage.store.GpuStateProblem;

/**
 * The exit codes of {@code frameports}: one per kind of failure, so scripts can tell them apart.
 * Every failure also prints exactly one line on standard error that names the input.
 */
public enum ExitCode {
  OK(0, "success"),
  INTERNAL_ERROR(1, "unexpected internal error (a bug; please report it)"),
  USAGE(2, "invalid command line: unknown option, bad value, or conflicting options"),
  DATA_MISSING(3, "the data directory or --db-path does not exist"),
  DATA_EMPTY(4, "the data directory holds no gpu_state_YYYY-MM.db file"),
  NOT_A_DATABASE(5, "a data file is not a SQLite database, or is damaged"),
  FOREIGN_DATABASE(6, "a SQLite file without table gpu_state"),
  MISSING_COLUMN(7, "table gpu_state lacks one of its 12 columns"),
  BAD_TIMESTAMP(8, "an invalid timestamp, or one file mixing timestamp forms"),
  BAD_EXCLUSIONS(9, "host exclusions unreadable, not YAML, or without the excluded_hosts key"),
  REGEX_IN_EXCLUSION(10, "an exclusion pattern with regex characters (literal host names only)"),
  UNKNOWN_BACKEND(11, "--backend names no backend on the class path"),
  NO_DATA(12, "no data in the requested time window"),
  OUTPUT_FAILED(13, "the output file cannot be written"),
  NOT_IMPLEMENTED(14, "an option that is not implemented yet (e-mail)"),
  DATA_ERROR(15, "other unreadable data (a value that does not convert, an engine error)"),
  UNSUPPORTED(16, "the chosen backend lacks what the command needs (e.g. Parquet files)"),
  ORACLE_MISMATCH(17, "the output differs from the oracle the generator wrote");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }

  /** What the code means, for --help. */
  public String meaning() {
    return meaning;
  }

  /** The code of a data problem. */
  static ExitCode of(GpuStateProblem.Kind kind) {
    return switch (kind) {
      case MISSING -> DATA_MISSING;
      case EMPTY -> DATA_EMPTY;
      case NOT_A_DATABASE -> NOT_A_DATABASE;
      case FOREIGN_DATABASE -> FOREIGN_DATABASE;
      case MISSING_COLUMN -> MISSING_COLUMN;
      case BAD_TIMESTAMP -> BAD_TIMESTAMP;
    };
  }

  /** Code to meaning, for the "Exit codes" section of every --help. */
  static java.util.Map<String, String> helpEntries() {
    java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
    for (ExitCode c : values()) {
      entries.put(String.valueOf(c.code), c.meaning);
    }
    return entries;
  }
}
