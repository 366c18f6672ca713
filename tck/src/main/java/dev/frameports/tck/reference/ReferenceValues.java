package dev.frameports.tck.reference;

import dev.frameports.frame.DataType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Value-level rules shared by the reference evaluator: widening, ordering and key equality. */
final class ReferenceValues {
  private ReferenceValues() {}

  /**
   * Widens a non-null number to a numeric type (INT32 to INT64 or FLOAT64, INT64 to FLOAT64); other
   * values are returned as they are. Narrowing is never needed: {@code ExprTypes.promote} only
   * widens.
   */
  static @Nullable Object widen(@Nullable Object value, DataType type) {
    if (value == null) {
      return null;
    }
    return switch (type) {
      case INT64 -> value instanceof Integer i ? (Object) i.longValue() : value;
      case FLOAT64 -> value instanceof Number n ? (Object) n.doubleValue() : value;
      default -> value;
    };
  }

  /**
   * Compares two non-null values of comparable types: numbers by value (as doubles when either is a
   * FLOAT64, so {@code -0.0} equals {@code 0.0}), strings by Unicode code point, everything else by
   * its natural order ({@code false < true}).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      if (x instanceof Double || y instanceof Double) {
        double dx = x.doubleValue();
        double dy = y.doubleValue();
        return dx < dy ? -1 : dx > dy ? 1 : 0;
      }
      return Long.compare(x.longValue(), y.longValue());
    }
    if (a instanceof String x && b instanceof String y) {
      return compareCodePoints(x, y);
    }
    return ((Comparable) a).compareTo(b);
  }

  /** Unicode code point order (the UTF-8 byte order), not {@link String#compareTo}. */
  static int compareCodePoints(String x, String y) {
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      int cx = x.codePointAt(i);
      int cy = y.codePointAt(j);
      if (cx != cy) {
        return Integer.compare(cx, cy);
      }
      i += Character.charCount(cx);
      j += Character.charCount(cy);
    }
    return Boolean.compare(i < x.length(), j < y.length());
  }

  /**
   * Unicode simple lower-casing, code point by code point, as {@code ignoreCase} is specified.
   * Unlike {@link String#toLowerCase} it never changes the length ("İ" becomes "i", not "i̇") and
   * ignores context (a final "Σ" becomes "σ", not "ς").
   */
  static String lower(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().map(Character::toLowerCase).forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * A hashable key for grouping, de-duplication and joins: nulls are equal to each other and {@code
   * -0.0} equals {@code 0.0}, as they do under {@code =}.
   */
  static List<@Nullable Object> key(List<@Nullable Object> row, int[] columns) {
    List<@Nullable Object> key = new ArrayList<>(columns.length);
    for (int column : columns) {
      Object value = row.get(column);
      key.add(value instanceof Double d && d == 0.0 ? (Object) 0.0 : value);
    }
    return key;
  }
}
