package dev.frameports.tck;

import dev.frameports.frame.StringOrder;
import java.util.Comparator;

/** A total order over frame cell values for canonical sorting: nulls first, then by class. */
public final class Values {
  private Values() {}

  /** Compares two cells of the same column; strings by code point, nulls first. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof String sa && b instanceof String sb) {
      return CODE_POINT_ORDER.compare(sa, sb);
    }
    if (a.getClass() != b.getClass()) {
      return a.getClass().getName().compareTo(b.getClass().getName());
    }
    return ((Comparable) a).compareTo(b);
  }

  /** Unicode code point order, which is the UTF-8 byte order engines like DuckDB use. */
  public static final Comparator<String> CODE_POINT_ORDER = StringOrder.CODE_POINT;
}
