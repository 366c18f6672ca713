package dev.frameports.workloads.postgres;

import dev.frameports.frame.DataType;

/**
 * One column of a load target: its CSV header name, the type its text is parsed as, and its SQL
 * type.
 *
 * @param name the CSV header name, also the (unquoted, so case-folded) SQL column name
 * @param type the declared type the CSV value must parse as
 * @param sqlType the column's SQL type; {@code smallint} also bounds the parsed integer
 * @param nullable whether an empty CSV field (null) is accepted
 */
public record LoadColumn(String name, DataType type, String sqlType, boolean nullable) {
  /** A 16-bit integer column: parsed as {@link DataType#INT32}, range checked. */
  public boolean isSmallint() {
    return sqlType.startsWith("smallint");
  }
}
