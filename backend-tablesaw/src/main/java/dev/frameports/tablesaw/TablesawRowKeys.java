package dev.frameports.tablesaw;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Hashable keys for rows of one or more columns, for grouping, dedup and joins. A key is the value
 * itself for one column and a list of values for several; null is a value like any other here
 * (callers that must not match nulls check {@link #anyNull}). Floats are normalised so that {@code
 * -0.0} and {@code 0.0}, which compare equal, also group together.
 */
final class TablesawRowKeys {
  private final List<TablesawColumn> columns;

  TablesawRowKeys(List<TablesawColumn> columns) {
    this.columns = List.copyOf(columns);
  }

  /** The key of one row. */
  @Nullable Object key(int row) {
    if (columns.size() == 1) {
      return value(columns.get(0), row);
    }
    Object[] values = new Object[columns.size()];
    for (int c = 0; c < values.length; c++) {
      values[c] = value(columns.get(c), row);
    }
    return Arrays.asList(values);
  }

  /** True when one of the key columns is null in this row. */
  boolean anyNull(int row) {
    for (TablesawColumn column : columns) {
      if (column.isNull(row)) {
        return true;
      }
    }
    return false;
  }

  /** A value with equality as the API compares it; timestamps stay epoch micros (cheaper). */
  static @Nullable Object value(TablesawColumn column, int row) {
    if (column.isNull(row)) {
      return null;
    }
    return switch (column.type()) {
      case FLOAT64 -> column.doubleAt(row) + 0.0; // -0.0 + 0.0 is 0.0
      case INT64, TIMESTAMP -> column.longAt(row);
      case INT32 -> column.intAt(row);
      case BOOLEAN -> column.booleanAt(row);
      case STRING -> column.stringAt(row);
      case DATE -> column.dateAt(row);
    };
  }
}
