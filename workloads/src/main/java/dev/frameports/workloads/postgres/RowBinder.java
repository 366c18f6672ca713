package dev.frameports.workloads.postgres;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Sets an INSERT's parameters from one validated row, with each column's SQL type. */
final class RowBinder {
  private RowBinder() {}

  static void bind(PreparedStatement insert, LoadTable table, CsvRow row) throws SQLException {
    List<LoadColumn> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      LoadColumn column = columns.get(i);
      Object value = row.values().get(i);
      int parameter = i + 1;
      switch (column.type()) {
        case INT32:
          if (value == null) {
            insert.setNull(parameter, column.isSmallint() ? Types.SMALLINT : Types.INTEGER);
          } else if (column.isSmallint()) {
            insert.setShort(parameter, ((Integer) value).shortValue());
          } else {
            insert.setInt(parameter, (Integer) value);
          }
          break;
        case FLOAT64:
          if (value == null) {
            insert.setNull(parameter, Types.DOUBLE);
          } else {
            insert.setDouble(parameter, (Double) value);
          }
          break;
        case BOOLEAN:
          if (value == null) {
            insert.setNull(parameter, Types.BOOLEAN);
          } else {
            insert.setBoolean(parameter, (Boolean) value);
          }
          break;
        default:
          insert.setString(parameter, (String) value);
      }
    }
  }
}
