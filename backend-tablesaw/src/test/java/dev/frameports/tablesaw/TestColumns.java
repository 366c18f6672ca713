package dev.frameports.tablesaw;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.List;

/** Builds small columns and frames for the helper tests. */
final class TestColumns {
  private TestColumns() {}

  /** A column of API values (nulls allowed). */
  static TablesawColumn column(DataType type, Object... values) {
    TablesawColumnBuilder builder = TablesawColumnBuilder.create(type, "c");
    for (Object value : values) {
      builder.append(value);
    }
    return builder.build();
  }

  /** A frame of named columns of equal length. */
  static TablesawFrame frame(List<String> names, TablesawColumn... columns) {
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < columns.length; i++) {
      fields.add(Field.of(names.get(i), columns[i].type()));
    }
    return TablesawFrame.of(new Schema(fields), List.of(columns), columns[0].size());
  }

  /** The API values of a column, in order. */
  static List<Object> values(TablesawColumn column) {
    List<Object> values = new ArrayList<>();
    for (int row = 0; row < column.size(); row++) {
      values.add(column.get(row));
    }
    return values;
  }
}
