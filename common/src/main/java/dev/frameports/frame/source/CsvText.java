package dev.frameports.frame.source;

import dev.frameports.frame.DataType;
import dev.frameports.frame.TimestampText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The CSV text of each type, shared by the backends that read and write CSV themselves: what {@link
 * Source.Csv} promises, in one place.
 */
public final class CsvText {
  private CsvText() {}

  /**
   * Parses one field. A null field (empty, unquoted) is null for every type; the empty string is
   * the empty STRING and null for the other types.
   *
   * @throws IllegalArgumentException when the text is not a value of the type
   */
  public static @Nullable Object parse(@Nullable String text, DataType type) {
    if (text == null || text.isEmpty() && type != DataType.STRING) {
      return null;
    }
    try {
      return switch (type) {
        case STRING -> text;
        case INT32 -> Integer.parseInt(text.strip());
        case INT64 -> Long.parseLong(text.strip());
        case FLOAT64 -> Double.parseDouble(text.strip());
        case BOOLEAN -> parseBoolean(text.strip());
        case TIMESTAMP -> TimestampText.parse(text);
        case DATE -> LocalDate.parse(text.strip());
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a " + type, e);
    }
  }

  private static Boolean parseBoolean(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException(text);
    };
  }

  /**
   * One field as written by the sinks: null is an empty field; strings are quoted when they are
   * empty or hold the delimiter, a quote, CR or LF; floats use Java's shortest round-trip form.
   */
  public static String format(@Nullable Object value, char delimiter) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      boolean quote =
          s.isEmpty()
              || s.indexOf(delimiter) >= 0
              || s.indexOf('"') >= 0
              || s.indexOf('\n') >= 0
              || s.indexOf('\r') >= 0;
      return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
    if (value instanceof LocalDateTime ts) {
      return TimestampText.format(ts);
    }
    return value.toString();
  }
}
