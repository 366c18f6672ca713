package dev.frameports.workloads.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares a loaded table with its generator's oracle through SQL aggregates run on the sink (the
 * table is never fetched). Works on PostgreSQL and DuckDB alike. Each difference is one line naming
 * the measure, the expected and the found value; an empty list means equal.
 */
public final class TableCheck {
  private TableCheck() {}

  /** Differences between {@code persons} and the oracle: rows, sums, married, age histogram. */
  public static List<String> compare(Connection connection, PersonsOracle oracle)
      throws SQLException {
    List<String> differences = new ArrayList<>();
    long[] found =
        longs(
            connection,
            "SELECT count(*), CAST(coalesce(sum(id), 0) AS BIGINT),"
                + " CAST(coalesce(sum(age), 0) AS BIGINT),"
                + " CAST(coalesce(sum(CASE WHEN ismarried THEN 1 ELSE 0 END), 0) AS BIGINT)"
                + " FROM persons");
    expect(differences, "count(*)", oracle.rows(), found[0]);
    expect(differences, "sum(id)", oracle.idSum(), found[1]);
    expect(differences, "sum(age)", oracle.ageSum(), found[2]);
    expect(differences, "count(isMarried)", oracle.married(), found[3]);
    TreeMap<Integer, Long> histogram = new TreeMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT CAST(age AS INTEGER), count(*) FROM persons GROUP BY age")) {
      while (rows.next()) {
        histogram.put(rows.getInt(1), rows.getLong(2));
      }
    }
    if (!histogram.equals(oracle.ageHistogram())) {
      differences.add(
          "age histogram: expected " + oracle.ageHistogram() + ", table has " + histogram);
    }
    return differences;
  }

  /**
   * Differences between {@code csvdata} and the oracle: rows, the per-column sums (BMI and DPF
   * compared in tenths and thousandths, rounded on the server), distinct rows, and ids {@code
   * 1..N}.
   */
  public static List<String> compare(Connection connection, DiabetesOracle oracle)
      throws SQLException {
    List<String> differences = new ArrayList<>();
    List<String> sums = new ArrayList<>();
    for (String column : oracle.columnSums().keySet()) {
      String scaled =
          column.equals("BMI")
              ? "round(bmi * 10)"
              : column.equals("DiabetesPedigreeFunction")
                  ? "round(diabetespedigreefunction * 1000)"
                  : column;
      sums.add("CAST(coalesce(sum(CAST(" + scaled + " AS BIGINT)), 0) AS BIGINT)");
    }
    long[] found =
        longs(
            connection,
            "SELECT count(*), CAST(coalesce(max(id), 0) AS BIGINT), "
                + String.join(", ", sums)
                + " FROM csvdata");
    expect(differences, "count(*)", oracle.rows(), found[0]);
    expect(differences, "max(id)", oracle.rows(), found[1]);
    int i = 2;
    for (Map.Entry<String, Long> sum : oracle.columnSums().entrySet()) {
      expect(differences, "sum(" + sum.getKey() + ")", sum.getValue(), found[i++]);
    }
    String columns = String.join(", ", DiabetesGenerator.COLUMNS);
    long distinct =
        longs(connection, "SELECT count(*) FROM (SELECT DISTINCT " + columns + " FROM csvdata) d")[
            0];
    expect(differences, "distinct rows", oracle.distinctRows(), distinct);
    return differences;
  }

  private static void expect(List<String> differences, String what, long expected, long found) {
    if (expected != found) {
      differences.add(what + ": expected " + expected + ", table has " + found);
    }
  }

  private static long[] longs(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      long[] values = new long[row.getMetaData().getColumnCount()];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.getLong(i + 1);
      }
      return values;
    }
  }
}
