package dev.frameports.tck.random;

import dev.frameports.frame.DataType;

/**
 * What the generator knows about a column of the plan built so far.
 *
 * @param bound an upper bound of the absolute value of every number in the column, so generated
 *     arithmetic never overflows
 * @param dyadic for FLOAT64: every value is a small binary fraction, so sums are exact in any order
 * @param approximate the values may differ slightly between engines (a mean, a sum of inexact
 *     floats); such a column is only passed through, never computed on, compared or sorted by
 * @param numericText for STRING: every value is an integer in text, so a cast to a number succeeds
 */
record ColumnInfo(
    String name,
    DataType type,
    long bound,
    boolean dyadic,
    boolean approximate,
    boolean numericText) {

  /** A plain column from a generated frame or expression. */
  static ColumnInfo of(String name, TypedExpr typed) {
    return new ColumnInfo(
        name, typed.type(), typed.bound(), typed.dyadic(), false, typed.numericText());
  }

  ColumnInfo renamed(String newName) {
    return new ColumnInfo(newName, type, bound, dyadic, approximate, numericText);
  }
}
