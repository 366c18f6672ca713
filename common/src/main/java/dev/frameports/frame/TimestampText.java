package dev.frameports.frame;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * The text forms of timestamps and dates, shared by every source, sink and cast.
 *
 * <p>Parsing accepts {@code yyyy-MM-dd HH:mm:ss} with 0 to 6 fraction digits, a space or {@code T}
 * between date and time (production rows are {@code 2025-12-02 16:05:01.482913}, test files have no
 * fraction). Printing writes the fraction as six digits, only when it is not zero.
 */
public final class TimestampText {
  private static final DateTimeFormatter PARSER =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true)
          .optionalEnd()
          .toFormatter();

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private TimestampText() {}

  /**
   * Parses a timestamp.
   *
   * @throws DateTimeParseException for text in any other shape
   */
  public static LocalDateTime parse(CharSequence text) {
    String trimmed = text.toString().strip();
    if (trimmed.length() == 10) {
      return LocalDate.parse(trimmed).atStartOfDay();
    }
    return LocalDateTime.parse(trimmed, PARSER);
  }

  /** {@code yyyy-MM-dd HH:mm:ss}, plus {@code .ffffff} when the microseconds are not zero. */
  public static String format(LocalDateTime value) {
    LocalDateTime ts = value.truncatedTo(ChronoUnit.MICROS);
    String seconds = SECONDS.format(ts);
    int micros = ts.getNano() / 1000;
    return micros == 0 ? seconds : seconds + String.format(".%06d", micros);
  }

  /** Always six fraction digits, as SQLAlchemy stores them: {@code 2025-12-02 16:05:01.000000}. */
  public static String formatWithMicros(LocalDateTime value) {
    LocalDateTime ts = value.truncatedTo(ChronoUnit.MICROS);
    return SECONDS.format(ts) + String.format(".%06d", ts.getNano() / 1000);
  }

  /** Microseconds since 1970-01-01 00:00 of the naive wall clock. */
  public static long toEpochMicros(LocalDateTime value) {
    long seconds = value.toEpochSecond(java.time.ZoneOffset.UTC);
    return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), value.getNano() / 1000);
  }

  /** The inverse of {@link #toEpochMicros}. */
  public static LocalDateTime fromEpochMicros(long micros) {
    long seconds = Math.floorDiv(micros, 1_000_000L);
    int nanos = (int) Math.floorMod(micros, 1_000_000L) * 1000;
    return LocalDateTime.ofEpochSecond(seconds, nanos, java.time.ZoneOffset.UTC);
  }
}
