package dev.frameports.tablesaw;

import dev.frameports.frame.DataType;

/**
 * The value order of the API, for comparisons, sorts and min/max: numbers numerically (mixed
 * integer and float operands as doubles, {@code -0.0} equal to {@code 0.0}), strings by Unicode
 * code point, {@code false < true}, timestamps and dates chronologically.
 *
 * <p>Why not Tablesaw's comparators: they order strings with {@link String#compareTo}, which
 * compares UTF-16 code units and puts supplementary characters (emoji) before {@code U+E000..FFFF};
 * code-point order is the UTF-8 byte order other engines use.
 */
final class TablesawOrder {
  private TablesawOrder() {}

  /**
   * Compares row {@code i} of {@code a} with row {@code j} of {@code b}; neither may be null. The
   * columns have the same type or are both numeric.
   */
  static int compare(TablesawColumn a, int i, TablesawColumn b, int j) {
    DataType type = a.type();
    if (type != b.type()) {
      if (type.isInteger() && b.type().isInteger()) {
        return Long.compare(a.longAt(i), b.longAt(j));
      }
      if (type.isNumeric() && b.type().isNumeric()) {
        return compareDoubles(a.doubleAt(i), b.doubleAt(j));
      }
      throw new IllegalStateException("cannot compare " + type + " with " + b.type());
    }
    return switch (type) {
      case BOOLEAN -> Boolean.compare(a.booleanAt(i), b.booleanAt(j));
      case INT32 -> Integer.compare(a.intAt(i), b.intAt(j));
      case INT64, TIMESTAMP -> Long.compare(a.longAt(i), b.longAt(j));
      case FLOAT64 -> compareDoubles(a.doubleAt(i), b.doubleAt(j));
      case STRING -> compareStrings(a.stringAt(i), b.stringAt(j));
      case DATE -> a.dateAt(i).compareTo(b.dateAt(j));
    };
  }

  /** Numeric order in which {@code -0.0} equals {@code 0.0} (unlike {@link Double#compare}). */
  static int compareDoubles(double x, double y) {
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /**
   * Unicode code-point order. At the first differing UTF-16 unit, two non-surrogates (or two
   * surrogates) compare as units; a surrogate starts a supplementary character, which is above
   * every character of the Basic Multilingual Plane.
   */
  static int compareStrings(String x, String y) {
    int n = Math.min(x.length(), y.length());
    for (int k = 0; k < n; k++) {
      char cx = x.charAt(k);
      char cy = y.charAt(k);
      if (cx != cy) {
        boolean sx = Character.isSurrogate(cx);
        boolean sy = Character.isSurrogate(cy);
        if (sx == sy) {
          return Character.compare(cx, cy);
        }
        return sx ? 1 : -1;
      }
    }
    return Integer.compare(x.length(), y.length());
  }
}
