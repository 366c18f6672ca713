package dev.frameports.frame;

import java.util.Comparator;

/**
 * The order of strings in the API: by Unicode code point, which is also the UTF-8 byte order that
 * DuckDB and Arrow use and the order pandas sorts in. It differs from {@link String#compareTo}
 * (UTF-16 units) only for characters outside the Basic Multilingual Plane, e.g. {@code
 * "\uD83D\uDE00"} (U+1F600) sorts after {@code "\uFFFD"} here and before it in {@code compareTo}.
 *
 * <p>Callers that sort collected strings the way a backend's {@code sort} would use this instead of
 * the natural order. The oracles (the kit's reference evaluator, the Joinery port) keep their own
 * copy on purpose, so that a mistake here cannot hide in both sides of a comparison.
 */
public final class StringOrder {
  /** Strings by code point; no nulls. */
  public static final Comparator<String> CODE_POINT = StringOrder::compare;

  private StringOrder() {}

  /** Compares by code point; a proper prefix sorts first. */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
