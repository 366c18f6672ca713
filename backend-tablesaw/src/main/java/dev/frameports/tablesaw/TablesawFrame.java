package dev.frameports.tablesaw;

import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * The materialised result of one eager operator: a Tablesaw {@link Table} whose columns are those
 * of {@link #columns()}, typed by {@link #schema()}, with each column's null mask beside it (see
 * {@link TablesawColumn}). The row count is kept separately because a frame may have no columns.
 *
 * <p>Tablesaw rejects column names that differ only in case, which the API allows, so the Tablesaw
 * names are the schema's names made unique ignoring case ({@code a}, {@code A#1}); columns are
 * always addressed by position.
 */
final class TablesawFrame {
  private final Schema schema;
  private final List<TablesawColumn> columns;
  private final Table table;
  private final int rowCount;

  private TablesawFrame(Schema schema, List<TablesawColumn> columns, Table table, int rowCount) {
    this.schema = schema;
    this.columns = columns;
    this.table = table;
    this.rowCount = rowCount;
  }

  /**
   * A frame of the given columns, all {@code rowCount} long. A column whose Tablesaw name differs
   * from the one it needs here, or that appears twice, is copied; others are shared.
   */
  static TablesawFrame of(Schema schema, List<TablesawColumn> columns, int rowCount) {
    if (schema.size() != columns.size()) {
      throw new IllegalArgumentException(
          "schema " + schema + " has " + columns.size() + " columns");
    }
    List<TablesawColumn> named = new ArrayList<>(columns.size());
    Set<String> takenIgnoringCase = new HashSet<>();
    Map<Column<?>, Boolean> used = new IdentityHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      TablesawColumn column = columns.get(i);
      if (column.size() != rowCount || column.type() != schema.field(i).type()) {
        throw new IllegalStateException(
            "column " + schema.field(i) + " is a " + column.type() + " of " + column.size());
      }
      String name = schema.field(i).name();
      for (int n = 1; !takenIgnoringCase.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = schema.field(i).name() + "#" + n;
      }
      TablesawColumn renamed = column.named(name);
      if (used.put(renamed.values(), Boolean.TRUE) != null) {
        renamed = column.gather(identity(rowCount), name);
      }
      named.add(renamed);
    }
    Table table = Table.create("frame", named.stream().map(TablesawColumn::values).toList());
    return new TablesawFrame(schema, List.copyOf(named), table, rowCount);
  }

  /** Copies an in-memory frame into Tablesaw columns. */
  static TablesawFrame fromFrame(Frame frame) {
    Schema schema = frame.schema();
    List<TablesawColumn> columns = new ArrayList<>();
    for (int c = 0; c < schema.size(); c++) {
      TablesawColumnBuilder builder =
          TablesawColumnBuilder.create(schema.field(c).type(), schema.field(c).name());
      for (Object value : frame.column(c)) {
        builder.append(value);
      }
      columns.add(builder.build());
    }
    return of(schema, columns, frame.height());
  }

  Schema schema() {
    return schema;
  }

  /** The Tablesaw table holding the values (nulls are in the masks, not in the table). */
  Table table() {
    return table;
  }

  List<TablesawColumn> columns() {
    return columns;
  }

  TablesawColumn column(int index) {
    return columns.get(index);
  }

  /** The column of that name (the schema has been validated by then). */
  TablesawColumn column(String name) {
    return columns.get(schema.indexOf(name));
  }

  int rowCount() {
    return rowCount;
  }

  /** The rows at the given positions, in that order. */
  TablesawFrame gather(int[] rows) {
    List<TablesawColumn> picked = new ArrayList<>(columns.size());
    for (TablesawColumn column : columns) {
      picked.add(column.gather(rows));
    }
    return new TablesawFrame(schema, picked, tableOf(picked), rows.length);
  }

  /** The selected rows, in input order (Tablesaw selections iterate in ascending order). */
  TablesawFrame where(Selection selection) {
    return gather(selection.toArray());
  }

  /** Only the named columns, at the given rows: the input of a partially evaluated expression. */
  TablesawFrame restrict(List<String> names, int[] rows) {
    List<Field> fields = new ArrayList<>();
    List<TablesawColumn> picked = new ArrayList<>();
    for (String name : names) {
      int index = schema.indexOf(name);
      fields.add(schema.field(index));
      picked.add(columns.get(index).gather(rows));
    }
    return of(new Schema(fields), picked, rows.length);
  }

  /** The first {@code n} rows (all of them when there are fewer). */
  TablesawFrame head(long n) {
    return n >= rowCount ? this : gather(identity((int) n));
  }

  /** Copies the rows out to an API frame. */
  Frame toFrame() {
    Frame.Builder builder = Frame.builder(schema);
    Object[] row = new Object[columns.size()];
    for (int r = 0; r < rowCount; r++) {
      for (int c = 0; c < row.length; c++) {
        row[c] = columns.get(c).get(r);
      }
      builder.addRow(row);
    }
    return builder.build();
  }

  /** {@code 0, 1, .., n-1}. */
  static int[] identity(int n) {
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    return rows;
  }

  private static Table tableOf(List<TablesawColumn> columns) {
    return Table.create("frame", columns.stream().map(TablesawColumn::values).toList());
  }
}
