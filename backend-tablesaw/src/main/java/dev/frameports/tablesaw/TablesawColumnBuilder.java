package dev.frameports.tablesaw;

import dev.frameports.frame.DataType;
import dev.frameports.frame.TimestampText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.BitSet;
import org.jspecify.annotations.Nullable;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Appends values to a new {@link TablesawColumn}, recording nulls in the mask (see {@link
 * TablesawColumn} for why). The typed {@code append*} methods avoid boxing on hot loops; the caller
 * picks the one matching the column type. Not thread-safe; use once.
 */
final class TablesawColumnBuilder {
  private final DataType type;
  private final Column<?> values;
  private final BitSet nulls = new BitSet();
  private int size;

  private TablesawColumnBuilder(DataType type, Column<?> values) {
    this.type = type;
    this.values = values;
  }

  /** A builder for a column of {@code type} whose Tablesaw column is called {@code name}. */
  static TablesawColumnBuilder create(DataType type, String name) {
    Column<?> values =
        switch (type) {
          case BOOLEAN -> BooleanColumn.create(name);
          case INT32 -> IntColumn.create(name);
          case INT64, TIMESTAMP -> LongColumn.create(name);
          case FLOAT64 -> DoubleColumn.create(name);
          case STRING -> StringColumn.create(name);
          case DATE -> DateColumn.create(name);
        };
    return new TablesawColumnBuilder(type, values);
  }

  /** A column of {@code size} copies of one value (null allowed). */
  static TablesawColumn constant(DataType type, String name, @Nullable Object value, int size) {
    TablesawColumnBuilder builder = create(type, name);
    for (int i = 0; i < size; i++) {
      builder.append(value);
    }
    return builder.build();
  }

  DataType type() {
    return type;
  }

  int size() {
    return size;
  }

  void appendNull() {
    values.appendMissing();
    nulls.set(size++);
  }

  /**
   * Appends an API value: null, or an instance of the type's Java class.
   *
   * @throws ClassCastException for a value of another class
   */
  void append(@Nullable Object value) {
    if (value == null) {
      appendNull();
      return;
    }
    switch (type) {
      case BOOLEAN -> appendBoolean((Boolean) value);
      case INT32 -> appendInt((Integer) value);
      case INT64 -> appendLong((Long) value);
      case FLOAT64 -> appendDouble((Double) value);
      case STRING -> appendString((String) value);
      case TIMESTAMP -> appendLong(TimestampText.toEpochMicros((LocalDateTime) value));
      case DATE -> appendDate((LocalDate) value);
    }
  }

  /** Appends row {@code row} of {@code source}, a column of the same type. */
  void appendFrom(TablesawColumn source, int row) {
    if (source.isNull(row)) {
      appendNull();
      return;
    }
    switch (type) {
      case BOOLEAN -> appendBoolean(source.booleanAt(row));
      case INT32 -> appendInt(source.intAt(row));
      case INT64, TIMESTAMP -> appendLong(source.longAt(row));
      case FLOAT64 -> appendDouble(source.doubleAt(row));
      case STRING -> appendString(source.stringAt(row));
      case DATE -> appendDate(source.dateAt(row));
    }
  }

  void appendBoolean(boolean value) {
    ((BooleanColumn) values).append(value);
    size++;
  }

  void appendInt(int value) {
    ((IntColumn) values).append(value);
    size++;
  }

  /** An INT64 value, or a TIMESTAMP as epoch microseconds. */
  void appendLong(long value) {
    ((LongColumn) values).append(value);
    size++;
  }

  void appendDouble(double value) {
    ((DoubleColumn) values).append(value);
    size++;
  }

  void appendString(String value) {
    ((StringColumn) values).append(value);
    size++;
  }

  void appendDate(LocalDate value) {
    ((DateColumn) values).append(value);
    size++;
  }

  TablesawColumn build() {
    return new TablesawColumn(type, values, nulls);
  }
}
