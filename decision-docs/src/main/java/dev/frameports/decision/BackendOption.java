package dev.frameports.decision;

import java.util.List;
import java.util.Optional;

/**
 * The considered options: the legacy pandas-style baseline and the three engines behind the
 * frameports API. Besides display names this holds the document's one written judgement, the
 * migration path of driver 4 ({@link Driver#MIGRATION_PATH}), and the qualitative pros and cons
 * that do not come from a measurement. Both are fixed text about the code in this repository, not
 * numbers, and the document labels them as such.
 */
public enum BackendOption {
  LEGACY(
      "legacy",
      "Legacy pandas-style baseline (Joinery)",
      "The pandas-era statistics ported loop-for-loop onto Joinery (`usage-legacy`); the oracle.",
      false,
      "Not a migration target: it is the starting point and stays only as the test oracle.",
      List.of("it is the reference every other option is checked against"),
      List.of(
          "Joinery is GPL-3.0, so it cannot ship inside the Apache-licensed modules",
          "Joinery has no dedup and joins on unique keys only; the port works around both by hand")),
  TABLESAW(
      "tablesaw",
      "Tablesaw (eager, on-heap)",
      "`backend-tablesaw`: every operator materialises a Tablesaw `Table` on the Java heap.",
      true,
      "Yes (judgement): `usage-stats` runs unchanged on it with `--backend tablesaw`; the backend"
          + " passes the same compatibility kit as the others. Its truncation and keyed"
          + " keep-first dedup are small tested functions of the backend.",
      List.of("it is pure Java: no native library, no extra JVM flags"),
      List.of(
          "it is maintenance-only upstream (0.44.x); its author has declared it deprecated",
          "it is eager: the whole window must fit in the heap, so -Xmx caps the data size")),
  ARROW(
      "arrow",
      "Apache Arrow (streaming batches)",
      "`backend-arrow`: a pull-based pipeline of operators over Arrow record batches.",
      true,
      "Yes (judgement): `usage-stats` runs unchanged on it with `--backend arrow`. Every JVM that"
          + " runs it needs `--add-opens=java.base/java.nio=ALL-UNNAMED` (and the JDK 25 flags),"
          + " which the launchers and Surefire already carry.",
      List.of(
          "its memory is bounded: pipeline breakers hold only their state, never the whole input"),
      List.of(
          "its operators (group-by, sort, dedup) are this project's own code, not a library's",
          "it needs JVM flags (`--add-opens`) and allocates off-heap memory outside -Xmx")),
  DUCKDB(
      "duckdb",
      "DuckDB (in-process SQL engine)",
      "`backend-duckdb`: compiles each plan to one SQL statement run in-process over JDBC.",
      true,
      "Yes (judgement): `usage-stats` runs unchanged on it with `--backend duckdb`. The JDBC jar"
          + " bundles the native engine for the common platforms; SQLite input is read with"
          + " sqlite-jdbc because DuckDB's sqlite extension needs a download.",
      List.of(
          "it is a mature, actively developed engine with a memory limit and spill to disk",
          "upstream itself moved to DuckDB (with Parquet) in 2026"),
      List.of(
          "it is native code: a crash or a missing platform binary takes the JVM with it",
          "rows cross the JDBC boundary twice (SQLite in, results out)"));

  private final String id;
  private final String title;
  private final String summary;
  private final boolean migrationPath;
  private final String migrationPathJudgement;
  private final List<String> pros;
  private final List<String> cons;

  BackendOption(
      String id,
      String title,
      String summary,
      boolean migrationPath,
      String migrationPathJudgement,
      List<String> pros,
      List<String> cons) {
    this.id = id;
    this.title = title;
    this.summary = summary;
    this.migrationPath = migrationPath;
    this.migrationPathJudgement = migrationPathJudgement;
    this.pros = pros;
    this.cons = cons;
  }

  /** The backend id used in results files ({@code measurements[].backend}). */
  public String id() {
    return id;
  }

  /** The heading of the option in the document. */
  public String title() {
    return title;
  }

  /** One sentence: what the option is in this repository. */
  public String summary() {
    return summary;
  }

  /** Driver 4, a written judgement: is there a clear migration path to this option? */
  public boolean migrationPath() {
    return migrationPath;
  }

  /** Why {@link #migrationPath()} is what it is. */
  public String migrationPathJudgement() {
    return migrationPathJudgement;
  }

  /** Qualitative pros that hold whatever the numbers say, each a clause after "because". */
  public List<String> pros() {
    return pros;
  }

  /** Qualitative cons that hold whatever the numbers say, each a clause after "because". */
  public List<String> cons() {
    return cons;
  }

  /** The candidates a migration could go to: every option but {@link #LEGACY}. */
  public static List<BackendOption> candidates() {
    return List.of(TABLESAW, ARROW, DUCKDB);
  }

  /** The option with this results-file id. */
  public static Optional<BackendOption> byId(String id) {
    for (BackendOption option : values()) {
      if (option.id.equals(id)) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }
}
