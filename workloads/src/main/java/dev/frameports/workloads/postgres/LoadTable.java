package dev.frameports.workloads.postgres;

import dev.frameports.frame.DataType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two tables the seeds load, with upstream's DDL: seed 002's {@code persons} ({@code init.sql},
 * age smallint) and seed 001's {@code csvData} (folded to {@code csvdata}: a serial id, then the 9
 * CSV columns, all NOT NULL).
 */
public enum LoadTable {
  PERSONS(
      "persons",
      false,
      List.of(
          new LoadColumn("id", DataType.INT32, "integer PRIMARY KEY", false),
          new LoadColumn("name", DataType.STRING, "text", true),
          new LoadColumn("age", DataType.INT32, "smallint", true),
          new LoadColumn("isMarried", DataType.BOOLEAN, "boolean", true),
          new LoadColumn("city", DataType.STRING, "text", true),
          new LoadColumn("state", DataType.STRING, "text", true),
          new LoadColumn("country", DataType.STRING, "text", true))),
  DIABETES(
      "csvdata",
      true,
      List.of(
          new LoadColumn("Pregnancies", DataType.INT32, "smallint NOT NULL", false),
          new LoadColumn("Glucose", DataType.INT32, "smallint NOT NULL", false),
          new LoadColumn("BloodPressure", DataType.INT32, "smallint NOT NULL", false),
          new LoadColumn("SkinThickness", DataType.INT32, "smallint NOT NULL", false),
          new LoadColumn("Insulin", DataType.INT32, "smallint NOT NULL", false),
          new LoadColumn("BMI", DataType.FLOAT64, "float NOT NULL", false),
          new LoadColumn("DiabetesPedigreeFunction", DataType.FLOAT64, "float NOT NULL", false),
          new LoadColumn("Age", DataType.INT32, "smallint NOT NULL", false),
          new LoadColumn("Outcome", DataType.INT32, "smallint NOT NULL", false)));

  private final String tableName;
  private final boolean serialId;
  private final List<LoadColumn> columns;

  LoadTable(String tableName, boolean serialId, List<LoadColumn> columns) {
    this.tableName = tableName;
    this.serialId = serialId;
    this.columns = columns;
  }

  /** The SQL table name (lower case, as PostgreSQL folds it). */
  public String tableName() {
    return tableName;
  }

  /** The CSV columns, in file order. */
  public List<LoadColumn> columns() {
    return columns;
  }

  /** The CSV header the file must start with. */
  public String header() {
    return columns.stream().map(LoadColumn::name).collect(Collectors.joining(","));
  }

  /**
   * Whether the table has a generated {@code id} before the CSV columns ({@code csvdata}'s {@code
   * SERIAL}); the DuckDB sink fills it with the row number instead.
   */
  public boolean serialId() {
    return serialId;
  }

  /** PostgreSQL's {@code CREATE TABLE}. */
  String postgresDdl() {
    return ddl(serialId ? "ID SERIAL PRIMARY KEY NOT NULL, " : "");
  }

  /**
   * DuckDB's {@code CREATE TABLE}: no SERIAL there (the appender writes the id), and {@code float}
   * is 4 bytes in DuckDB but 8 in PostgreSQL, so it becomes {@code double}.
   */
  String duckDbDdl() {
    return ddl(serialId ? "ID INTEGER PRIMARY KEY NOT NULL, " : "").replace(" float ", " double ");
  }

  /** The parameterised one-row INSERT of the CSV columns. */
  String insertSql() {
    return "INSERT INTO "
        + tableName
        + " ("
        + columnList()
        + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
        + ")";
  }

  /** {@code COPY ... FROM STDIN} in CSV format (no header: the loader sends validated rows). */
  String copySql() {
    return "COPY " + tableName + " (" + columnList() + ") FROM STDIN WITH (FORMAT csv)";
  }

  private String columnList() {
    return columns.stream().map(LoadColumn::name).collect(Collectors.joining(", "));
  }

  private String ddl(String id) {
    return "CREATE TABLE "
        + tableName
        + " ("
        + id
        + columns.stream().map(c -> c.name() + " " + c.sqlType()).collect(Collectors.joining(", "))
        + ")";
  }
}
