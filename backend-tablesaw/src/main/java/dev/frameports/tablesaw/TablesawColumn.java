package dev.frameports.tablesaw;

import dev.frameports.frame.DataType;
import dev.frameports.frame.TimestampText;
import java.time.LocalDate;
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
 * One column of a {@link TablesawFrame}: Tablesaw values plus the rows that are null.
 *
 * <p>Why a separate null mask: Tablesaw marks missing values with in-band sentinels ({@code
 * Integer.MIN_VALUE} in an {@code IntColumn}, {@code Long.MIN_VALUE} in a {@code LongColumn}, the
 * empty string in a {@code StringColumn}, NaN in a {@code DoubleColumn}), measured on 0.44.4:
 * {@code isMissing} is true for a stored {@code ""} and for {@code Integer.MIN_VALUE}. The API
 * needs the full integer ranges and distinguishes {@code ""} from null, so {@link #nulls} is the
 * only source of truth for nulls; the value stored at a null row is whatever Tablesaw appends for a
 * missing value and is never read.
 *
 * <p>Types: BOOLEAN {@code BooleanColumn}, INT32 {@code IntColumn}, INT64 {@code LongColumn},
 * FLOAT64 {@code DoubleColumn}, STRING {@code StringColumn}, DATE {@code DateColumn}, TIMESTAMP a
 * {@code LongColumn} of epoch microseconds: Tablesaw's {@code DateTimeColumn} packs a timestamp
 * into a long with millisecond precision and silently drops the microseconds the API keeps.
 *
 * <p>Immutable by convention: neither the Tablesaw column nor the mask is changed after the column
 * is built, so columns are shared freely between frames.
 */
record TablesawColumn(DataType type, Column<?> values, BitSet nulls) {

  /** Number of rows. */
  int size() {
    return values.size();
  }

  boolean isNull(int row) {
    return nulls.get(row);
  }

  /** True when some row is null. */
  boolean hasNulls() {
    return !nulls.isEmpty();
  }

  /** The API value of a row (the Java class of {@link #type}), or null. */
  @Nullable Object get(int row) {
    if (nulls.get(row)) {
      return null;
    }
    return switch (type) {
      case BOOLEAN -> booleanAt(row);
      case INT32 -> intAt(row);
      case INT64 -> longAt(row);
      case FLOAT64 -> doubleAt(row);
      case STRING -> stringAt(row);
      case TIMESTAMP -> TimestampText.fromEpochMicros(longAt(row));
      case DATE -> dateAt(row);
    };
  }

  /** An INT32 value; the row must not be null. */
  int intAt(int row) {
    return ((IntColumn) values).getInt(row);
  }

  /** An INT32, INT64 or TIMESTAMP (epoch micros) value as a long; the row must not be null. */
  long longAt(int row) {
    return type == DataType.INT32 ? intAt(row) : ((LongColumn) values).getLong(row);
  }

  /** A numeric value as a double; the row must not be null. */
  double doubleAt(int row) {
    return type == DataType.FLOAT64 ? ((DoubleColumn) values).getDouble(row) : longAt(row);
  }

  /** A STRING value; the row must not be null (a stored null reads as {@code ""}). */
  String stringAt(int row) {
    return ((StringColumn) values).get(row);
  }

  /** A BOOLEAN value; the row must not be null. */
  boolean booleanAt(int row) {
    return ((BooleanColumn) values).getByte(row) == 1;
  }

  /** A DATE value; the row must not be null. */
  LocalDate dateAt(int row) {
    return ((DateColumn) values).get(row);
  }

  /** The rows at the given positions, in that order (repeats allowed), as a new column. */
  TablesawColumn gather(int[] rows) {
    return gather(rows, values.name());
  }

  /** {@link #gather(int[])} naming the new Tablesaw column. */
  TablesawColumn gather(int[] rows, String name) {
    Column<?> picked = values.subset(rows);
    picked.setName(name); // a fresh column, not shared yet
    BitSet pickedNulls = new BitSet();
    if (!nulls.isEmpty()) {
      for (int i = 0; i < rows.length; i++) {
        if (nulls.get(rows[i])) {
          pickedNulls.set(i);
        }
      }
    }
    return new TablesawColumn(type, picked, pickedNulls);
  }

  /** Like {@link #gather(int[], String)}, where a negative position gives a null row. */
  TablesawColumn gatherOrNull(int[] rows, String name) {
    TablesawColumnBuilder builder = TablesawColumnBuilder.create(type, name);
    for (int row : rows) {
      if (row < 0) {
        builder.appendNull();
      } else {
        builder.appendFrom(this, row);
      }
    }
    return builder.build();
  }

  /** This column under another Tablesaw name: itself if the name matches, else a copy. */
  TablesawColumn named(String name) {
    if (values.name().equals(name)) {
      return this;
    }
    Column<?> copy = values.copy();
    copy.setName(name);
    return new TablesawColumn(type, copy, nulls);
  }
}
