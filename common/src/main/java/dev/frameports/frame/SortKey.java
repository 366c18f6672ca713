package dev.frameports.frame;

import java.util.Objects;

/**
 * One key of a sort: a column, its direction and where nulls go. The default ({@link #asc}) is
 * ascending with nulls last, as in pandas and DuckDB.
 */
public record SortKey(String column, boolean descending, boolean nullsLast) {
  public SortKey {
    Objects.requireNonNull(column, "column");
  }

  /** Ascending, nulls last. */
  public static SortKey asc(String column) {
    return new SortKey(column, false, true);
  }

  /** Descending, nulls last. */
  public static SortKey desc(String column) {
    return new SortKey(column, true, true);
  }

  /** The same key with nulls first. */
  public SortKey nullsFirst() {
    return new SortKey(column, descending, false);
  }

  @Override
  public String toString() {
    return column + (descending ? " DESC" : " ASC") + (nullsLast ? " NULLS LAST" : " NULLS FIRST");
  }
}
