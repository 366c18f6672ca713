package dev.frameports.tck.reference;

import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;
import dev.frameports.frame.TimestampText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The conversion table of {@link dev.frameports.frame.Expr.Cast}, one value at a time. Whether a
 * conversion is allowed at all was checked by {@code ExprTypes} when the plan was validated; here a
 * value that does not convert is an {@link EvaluationException}.
 */
final class ReferenceCasts {
  // "Decimal text": ASCII digits only, so Java's acceptance of other Unicode digits, hex floats,
  // "NaN", "Infinity" and the f/d suffixes does not leak into the contract.
  private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern DECIMAL_TEXT =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  // Every long lies in [-2^63, 2^63); these doubles are exact.
  private static final double TWO_POW_63 = 9.223372036854775808E18;

  private ReferenceCasts() {}

  static @Nullable Object cast(@Nullable Object value, DataType from, DataType to) {
    if (value == null || from == to) {
      return value;
    }
    return switch (to) {
      case BOOLEAN -> toBoolean(value);
      case INT32 -> toInt32(value);
      case INT64 -> toInteger(value, DataType.INT64);
      case FLOAT64 -> toFloat64(value);
      case STRING -> toText(value);
      case TIMESTAMP -> toTimestamp(value);
      case DATE -> toDate(value);
    };
  }

  private static Boolean toBoolean(Object value) {
    if (value instanceof Number n) {
      return n instanceof Double d ? d != 0.0 : n.longValue() != 0;
    }
    String text = ((String) value).strip().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw notA(value, DataType.BOOLEAN);
    };
  }

  private static Integer toInt32(Object value) {
    long wide = toInteger(value, DataType.INT32);
    if (wide < Integer.MIN_VALUE || wide > Integer.MAX_VALUE) {
      throw new EvaluationException("value " + value + " is out of the range of INT32");
    }
    return (int) wide;
  }

  /** A whole number as a long; {@code target} only names the type in error messages. */
  private static long toInteger(Object value, DataType target) {
    if (value instanceof Boolean b) {
      return b ? 1L : 0L;
    } else if (value instanceof Double d) {
      double truncated = d < 0 ? Math.ceil(d) : Math.floor(d);
      if (!(truncated >= -TWO_POW_63 && truncated < TWO_POW_63)) { // NaN fails too
        throw new EvaluationException("value " + d + " is out of the range of " + target);
      }
      return (long) truncated;
    } else if (value instanceof Number n) {
      return n.longValue();
    }
    String text = ((String) value).strip();
    if (!INTEGER_TEXT.matcher(text).matches()) {
      throw notA(value, target);
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new EvaluationException("'" + value + "' is out of the range of " + target, e);
    }
  }

  private static Double toFloat64(Object value) {
    if (value instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    } else if (value instanceof Number n) {
      return n.doubleValue();
    }
    String text = ((String) value).strip();
    if (!DECIMAL_TEXT.matcher(text).matches()) {
      throw notA(value, DataType.FLOAT64);
    }
    return Double.parseDouble(text);
  }

  private static String toText(Object value) {
    if (value instanceof LocalDateTime ts) {
      return TimestampText.format(ts);
    }
    // Integer, Long, Boolean and LocalDate print exactly as the table says; FLOAT64 never gets
    // here.
    return value.toString();
  }

  private static LocalDateTime toTimestamp(Object value) {
    if (value instanceof LocalDate date) {
      return date.atStartOfDay();
    }
    try {
      return TimestampText.parse((String) value);
    } catch (DateTimeParseException e) {
      throw notA(value, DataType.TIMESTAMP);
    }
  }

  private static LocalDate toDate(Object value) {
    if (value instanceof LocalDateTime ts) {
      return ts.toLocalDate();
    }
    try {
      return LocalDate.parse(((String) value).strip());
    } catch (DateTimeParseException e) {
      throw notA(value, DataType.DATE);
    }
  }

  private static EvaluationException notA(Object value, DataType type) {
    return new EvaluationException("cannot cast '" + value + "' to " + type);
  }
}
