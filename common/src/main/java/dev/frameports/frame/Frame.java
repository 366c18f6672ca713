package dev.frameports.frame;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A collected result: columnar, typed by its {@link Schema}, with nulls. Immutable once built and
 * safe to share between threads. Cells hold the Java class of their column's {@link DataType}.
 *
 * <p>A frame lives on the Java heap; it is meant for results and small inputs. Large inputs stay in
 * sources and are streamed by the backends.
 */
public final class Frame {
  private final Schema schema;
  private final Object[][] columns;
  private final int height;

  private Frame(Schema schema, Object[][] columns, int height) {
    this.schema = schema;
    this.columns = columns;
    this.height = height;
  }

  /**
   * A frame from rows, checking every value against the schema.
   *
   * @throws IllegalArgumentException naming the row and column of a value of the wrong class
   */
  public static Frame ofRows(Schema schema, List<? extends List<?>> rows) {
    Builder builder = builder(schema);
    for (List<?> row : rows) {
      builder.addRow(row.toArray());
    }
    return builder.build();
  }

  /** A frame of the given schema with no rows. */
  public static Frame empty(Schema schema) {
    return builder(schema).build();
  }

  /** A builder that appends rows; not thread-safe. */
  public static Builder builder(Schema schema) {
    return new Builder(schema);
  }

  public Schema schema() {
    return schema;
  }

  /** Number of rows. */
  public int height() {
    return height;
  }

  /** Number of columns. */
  public int width() {
    return schema.size();
  }

  /** The cell at a row and column position; null for a null cell. */
  public @Nullable Object get(int row, int column) {
    Objects.checkIndex(row, height);
    return columns[column][row];
  }

  /** The cell at a row and named column. */
  public @Nullable Object get(int row, String column) {
    return get(row, columnIndex(column));
  }

  /** A read-only view of one column's values. */
  public List<@Nullable Object> column(String name) {
    return column(columnIndex(name));
  }

  /** A read-only view of one column's values. */
  public List<@Nullable Object> column(int index) {
    return Collections.unmodifiableList(Arrays.asList(columns[index]).subList(0, height));
  }

  /** One row as an unmodifiable list (nulls allowed). */
  public List<@Nullable Object> row(int row) {
    Objects.checkIndex(row, height);
    Object[] values = new Object[width()];
    for (int c = 0; c < values.length; c++) {
      values[c] = columns[c][row];
    }
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  /** All rows, in order; a fresh list each call. */
  public List<List<@Nullable Object>> rows() {
    List<List<@Nullable Object>> rows = new ArrayList<>(height);
    for (int r = 0; r < height; r++) {
      rows.add(row(r));
    }
    return rows;
  }

  private int columnIndex(String name) {
    int index = schema.indexOf(name);
    if (index < 0) {
      schema.field(name); // throws with the list of names
    }
    return index;
  }

  /** Structural equality: same schema, same cells in the same order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Frame frame
        && schema.equals(frame.schema)
        && rows().equals(frame.rows());
  }

  @Override
  public int hashCode() {
    return Objects.hash(schema, rows());
  }

  /** A readable table: header, types, at most 20 rows. */
  @Override
  public String toString() {
    return FrameFormatter.format(this, 20);
  }

  /** Appends rows to a new {@link Frame}; every value is checked against its column type. */
  public static final class Builder {
    private final Schema schema;
    private Object[][] columns;
    private int height;

    private Builder(Schema schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
      this.columns = new Object[schema.size()][16];
    }

    /**
     * Appends one row. {@code LocalDateTime} values are truncated to microseconds.
     *
     * @throws IllegalArgumentException for a wrong number of values or a value of the wrong class
     */
    public Builder addRow(Object... values) {
      if (values.length != schema.size()) {
        throw new IllegalArgumentException(
            "row " + height + " has " + values.length + " values, schema has " + schema.size());
      }
      if (columns.length > 0 && height == columns[0].length) {
        grow();
      }
      for (int c = 0; c < values.length; c++) {
        columns[c][height] = check(values[c], c);
      }
      height++;
      return this;
    }

    private Object check(Object value, int column) {
      Field field = schema.field(column);
      if (value == null) {
        return null;
      }
      if (!field.type().javaClass().isInstance(value)) {
        throw new IllegalArgumentException(
            "row "
                + height
                + ", column '"
                + field.name()
                + "': "
                + value
                + " ("
                + value.getClass().getSimpleName()
                + ") is not a "
                + field.type());
      }
      return value instanceof LocalDateTime ts ? ts.truncatedTo(ChronoUnit.MICROS) : value;
    }

    private void grow() {
      for (int c = 0; c < columns.length; c++) {
        columns[c] = Arrays.copyOf(columns[c], Math.max(16, columns[c].length * 2));
      }
    }

    /** Number of rows appended so far. */
    public int height() {
      return height;
    }

    /** The frame; the builder must not be used afterwards. */
    public Frame build() {
      Object[][] exact = new Object[columns.length][];
      for (int c = 0; c < columns.length; c++) {
        exact[c] = Arrays.copyOf(columns[c], height);
      }
      columns = null;
      return new Frame(schema, exact, height);
    }
  }
}
