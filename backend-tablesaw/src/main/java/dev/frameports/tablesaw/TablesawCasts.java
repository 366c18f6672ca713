package dev.frameports.tablesaw;

import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;
import dev.frameports.frame.TimestampText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The conversions of the {@link dev.frameports.frame.Expr.Cast} table, one value at a time.
 *
 * <p>Why by hand: Tablesaw's {@code asIntColumn()}/{@code asLongColumn()} truncate silently when a
 * value does not fit, its string parsers return missing values for bad text, and it has no
 * DATE/TIMESTAMP conversions in the API's text forms. Here a value out of range or text that does
 * not parse is an {@link EvaluationException} naming the value.
 */
final class TablesawCasts {
  // "Decimal text" is ASCII: Java's parsers would also take other Unicode digits, hex floats,
  // "NaN", "Infinity" and the f/d suffixes, which other engines reject.
  private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern DECIMAL_TEXT =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  private TablesawCasts() {}

  /** Converts every row of {@code input} to {@code to}; nulls stay null. */
  static TablesawColumn cast(TablesawColumn input, DataType to, String name) {
    if (input.type() == to) {
      return input;
    }
    TablesawColumnBuilder out = TablesawColumnBuilder.create(to, name);
    for (int row = 0; row < input.size(); row++) {
      if (input.isNull(row)) {
        out.appendNull();
      } else {
        out.append(convert(input.get(row), input.type(), to));
      }
    }
    return out.build();
  }

  /** One non-null value of type {@code from} as {@code to}; the pair is in the cast table. */
  static Object convert(Object value, DataType from, DataType to) {
    try {
      return switch (to) {
        case BOOLEAN -> toBoolean(value, from);
        case INT32 -> Math.toIntExact(toLong(value, from));
        case INT64 -> toLong(value, from);
        case FLOAT64 -> toDouble(value, from);
        case STRING -> toText(value, from);
        case TIMESTAMP ->
            from == DataType.DATE
                ? ((LocalDate) value).atStartOfDay()
                : TimestampText.parse((String) value);
        case DATE ->
            from == DataType.TIMESTAMP
                ? ((LocalDateTime) value).toLocalDate()
                : LocalDate.parse(((String) value).strip());
      };
    } catch (RuntimeException e) {
      throw new EvaluationException(
          "cannot cast "
              + (value instanceof String ? "'" + value + "'" : value)
              + " ("
              + from
              + ") to "
              + to,
          e);
    }
  }

  private static boolean toBoolean(Object value, DataType from) {
    if (from == DataType.STRING) {
      return switch (((String) value).strip().toLowerCase(Locale.ROOT)) {
        case "true" -> true;
        case "false" -> false;
        default -> throw new IllegalArgumentException("not a boolean");
      };
    }
    return ((Number) value).doubleValue() != 0;
  }

  private static long toLong(Object value, DataType from) {
    return switch (from) {
      case BOOLEAN -> (Boolean) value ? 1 : 0;
      case INT32, INT64 -> ((Number) value).longValue();
      case FLOAT64 -> doubleToLong((Double) value);
      case STRING -> Long.parseLong(decimal((String) value, INTEGER_TEXT));
      default -> throw new IllegalArgumentException("no cast from " + from);
    };
  }

  /** Truncates toward zero; a value outside the long range (or NaN) is an error. */
  private static long doubleToLong(double value) {
    // 2^63 is exactly representable; every double below it and at or above -2^63 fits a long
    if (!(value >= -0x1p63 && value < 0x1p63)) {
      throw new ArithmeticException("out of range");
    }
    return (long) value;
  }

  private static double toDouble(Object value, DataType from) {
    return switch (from) {
      case BOOLEAN -> (Boolean) value ? 1.0 : 0.0;
      case INT32, INT64 -> ((Number) value).doubleValue();
      case STRING -> Double.parseDouble(decimal((String) value, DECIMAL_TEXT));
      default -> throw new IllegalArgumentException("no cast from " + from);
    };
  }

  /** The text without surrounding blanks, if it has the shape of a decimal number. */
  private static String decimal(String text, Pattern shape) {
    String stripped = text.strip();
    if (!shape.matcher(stripped).matches()) {
      throw new IllegalArgumentException("not decimal text");
    }
    return stripped;
  }

  private static String toText(Object value, DataType from) {
    return switch (from) {
      case TIMESTAMP -> TimestampText.format((LocalDateTime) value);
      case BOOLEAN, INT32, INT64, DATE -> value.toString();
      default -> throw new IllegalArgumentException("no cast from " + from);
    };
  }
}
