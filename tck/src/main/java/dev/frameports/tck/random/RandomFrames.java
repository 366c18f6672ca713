package dev.frameports.tck.random;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Small random in-memory frames: 5 to 40 rows, about 15% nulls (some columns none, some more), from
 * the domains of {@link RandomValues}. Column names carry their type's initial ({@code i} INT64,
 * {@code n} INT32, {@code f} FLOAT64, {@code s} STRING, {@code q} numeric text, {@code b} BOOLEAN,
 * {@code t} TIMESTAMP, {@code d} DATE) so printed plans are easy to read.
 */
final class RandomFrames {
  /** A frame and what the generator knows about its columns. */
  record Generated(Frame frame, List<ColumnInfo> columns) {}

  /** A column to generate. */
  record Spec(String name, DataType type, boolean numberText) {}

  private RandomFrames() {}

  /** The name prefix of a column kind. */
  static String prefix(DataType type, boolean numberText) {
    return switch (type) {
      case INT64 -> "i";
      case INT32 -> "n";
      case FLOAT64 -> "f";
      case STRING -> numberText ? "q" : "s";
      case BOOLEAN -> "b";
      case TIMESTAMP -> "t";
      case DATE -> "d";
    };
  }

  /** A random column kind, integers and strings more often than the rest, named by its kind. */
  static Spec randomSpec(SplittableRandom rnd, int index) {
    int k = rnd.nextInt(16);
    DataType type =
        k < 3
            ? DataType.INT64
            : k < 5
                ? DataType.INT32
                : k < 7
                    ? DataType.FLOAT64
                    : k < 11
                        ? DataType.STRING
                        : k < 12 ? DataType.BOOLEAN : k < 14 ? DataType.TIMESTAMP : DataType.DATE;
    boolean numberText = type == DataType.STRING && rnd.nextInt(4) == 0;
    String prefix = prefix(type, numberText);
    // now and then a name that needs quoting in SQL: upper case, a blank, a double quote
    String name =
        switch (rnd.nextInt(12)) {
          case 0 -> prefix.toUpperCase(Locale.ROOT) + " " + index;
          case 1 -> prefix + "\"" + index;
          default -> prefix + index;
        };
    return new Spec(name, type, numberText);
  }

  /** A frame of the given columns with 5 to 40 rows. */
  static Generated frame(SplittableRandom rnd, List<Spec> specs) {
    List<Field> fields = new ArrayList<>();
    List<ColumnInfo> columns = new ArrayList<>();
    double[] nullRates = new double[specs.size()];
    for (int c = 0; c < specs.size(); c++) {
      Spec spec = specs.get(c);
      fields.add(Field.of(spec.name(), spec.type()));
      columns.add(
          new ColumnInfo(spec.name(), spec.type(), bound(spec), true, false, spec.numberText()));
      int r = rnd.nextInt(10);
      nullRates[c] = r < 2 ? 0.0 : r < 8 ? 0.15 : r < 9 ? 0.4 : 0.9;
    }
    Frame.Builder builder = Frame.builder(new Schema(fields));
    int rows = rnd.nextInt(5, 41);
    for (int r = 0; r < rows; r++) {
      Object[] row = new Object[specs.size()];
      for (int c = 0; c < row.length; c++) {
        Spec spec = specs.get(c);
        row[c] =
            rnd.nextDouble() < nullRates[c]
                ? null
                : RandomValues.value(rnd, spec.type(), spec.numberText());
      }
      builder.addRow(row);
    }
    return new Generated(builder.build(), columns);
  }

  private static long bound(Spec spec) {
    return switch (spec.type()) {
      case INT64 -> RandomValues.INT64_BOUND;
      case INT32 -> RandomValues.INT32_BOUND;
      case FLOAT64 -> RandomValues.FLOAT64_BOUND;
      case STRING -> spec.numberText() ? RandomValues.NUMBER_TEXT_BOUND : 0;
      default -> 1;
    };
  }
}
