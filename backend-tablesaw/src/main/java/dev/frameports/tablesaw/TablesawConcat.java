package dev.frameports.tablesaw;

import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import tech.tablesaw.columns.Column;

/**
 * Concatenation: Tablesaw's {@code Column.append(Column)} copies the values in order (stored
 * sentinels included, which is harmless since the masks decide), and the null masks are shifted and
 * joined beside them. Fresh columns are built because {@code Table.append} would change the input
 * tables in place.
 */
final class TablesawConcat {
  private TablesawConcat() {}

  static TablesawFrame concat(Schema schema, List<TablesawFrame> inputs) {
    if (inputs.size() == 1) {
      return inputs.get(0);
    }
    int rowCount = inputs.stream().mapToInt(TablesawFrame::rowCount).sum();
    List<TablesawColumn> columns = new ArrayList<>();
    for (int c = 0; c < schema.size(); c++) {
      Column<Object> values = emptyCopy(inputs.get(0).column(c).values());
      BitSet nulls = new BitSet();
      int offset = 0;
      for (TablesawFrame input : inputs) {
        TablesawColumn part = input.column(c);
        append(values, part.values());
        int base = offset;
        part.nulls().stream().forEach(row -> nulls.set(base + row));
        offset += input.rowCount();
      }
      columns.add(new TablesawColumn(schema.field(c).type(), values, nulls));
    }
    return TablesawFrame.of(schema, columns, rowCount);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Column<Object> emptyCopy(Column<?> column) {
    return (Column) column.emptyCopy();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void append(Column<Object> target, Column<?> source) {
    target.append((Column) source);
  }
}
