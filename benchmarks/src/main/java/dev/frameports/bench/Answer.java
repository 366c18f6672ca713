package dev.frameports.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The canonical fingerprint of one benchmark result: its row count, a digest of all rows and one
 * digest per column position. Backends and the legacy oracle produce different Java objects
 * (Frames, Joinery frames, report records); {@link Canonical} maps both to this, so they compare
 * without holding two copies of a large result.
 *
 * @param rows number of rows (1 for a report)
 * @param digest SHA-256 over every canonical cell, in the canonical row order
 * @param columnDigests SHA-256 per column position, same order
 */
public record Answer(long rows, String digest, List<String> columnDigests) {

  public Answer {
    columnDigests = List.copyOf(columnDigests);
  }

  /**
   * Null when equal, else one line saying how they differ: row count, or which columns (by
   * position, names as in {@code columnNames}) differ.
   */
  public String differenceFrom(Answer expected, List<String> columnNames) {
    if (rows != expected.rows) {
      return rows + " rows, the oracle has " + expected.rows;
    }
    if (columnDigests.size() != expected.columnDigests.size()) {
      return columnDigests.size() + " columns, the oracle has " + expected.columnDigests.size();
    }
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < columnDigests.size(); i++) {
      if (!columnDigests.get(i).equals(expected.columnDigests.get(i))) {
        differing.add(i < columnNames.size() ? columnNames.get(i) : "#" + i);
      }
    }
    if (!differing.isEmpty()) {
      return "same " + rows + " rows, values differ in " + differing;
    }
    return digest.equals(expected.digest) ? null : "same columns, rows paired differently";
  }

  Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("rows", Long.toString(rows));
    p.setProperty("digest", digest);
    p.setProperty("columns", Integer.toString(columnDigests.size()));
    for (int i = 0; i < columnDigests.size(); i++) {
      p.setProperty("column." + i, columnDigests.get(i));
    }
    return p;
  }

  static Answer fromProperties(Properties p) {
    int columns = Integer.parseInt(p.getProperty("columns"));
    List<String> digests = new ArrayList<>(columns);
    for (int i = 0; i < columns; i++) {
      digests.add(p.getProperty("column." + i));
    }
    return new Answer(Long.parseLong(p.getProperty("rows")), p.getProperty("digest"), digests);
  }
}
