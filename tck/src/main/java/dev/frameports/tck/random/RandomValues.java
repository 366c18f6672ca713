package dev.frameports.tck.random;

import dev.frameports.frame.DataType;
import dev.frameports.frame.TimestampText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The value domains of generated columns and literals. Domains are small, so groups, duplicates and
 * join matches are common, and they hold the edge cases of the contract: strings whose code point
 * order differs from {@link String#compareTo}, case pairs, the empty string, times before 1970,
 * microseconds, leap days and month ends.
 */
final class RandomValues {
  /** Words: "ｶﾅ" (U+FF76) sorts before "😀x" by code point but after it by UTF-16 unit. */
  static final List<String> WORDS =
      List.of("", "a", "A", "ab", "abc", "B", "b c", "it's", "é", "É", "日本", "😀x", "ｶﾅ");

  /** Integers as text, with the blanks and signs a cast to a number must accept. */
  static final List<String> NUMBER_TEXTS = List.of("0", "12", "-3", " 7", "42 ", "+5", "007");

  static final long INT64_BOUND = 1000;
  static final long INT32_BOUND = 100;
  static final long FLOAT64_BOUND = 5; // k/8 for |k| <= 40
  static final long NUMBER_TEXT_BOUND = 42;

  static final List<LocalDateTime> TIMESTAMPS =
      List.of(
          LocalDateTime.parse("1969-12-31T23:59:59.999999"),
          LocalDateTime.parse("1970-01-01T00:00:00"),
          LocalDateTime.parse("1965-03-01T00:07:30"),
          LocalDateTime.parse("2024-02-29T23:45:00.000001"),
          LocalDateTime.parse("2023-01-31T12:00:00"),
          LocalDateTime.parse("2024-12-31T23:59:59.5"),
          LocalDateTime.parse("2025-06-30T10:14:59.999999"),
          LocalDateTime.parse("1900-01-01T00:00:00"));

  static final List<LocalDate> DATES =
      List.of(
          LocalDate.parse("1969-12-31"),
          LocalDate.parse("1970-01-01"),
          LocalDate.parse("2024-02-29"),
          LocalDate.parse("2023-01-31"),
          LocalDate.parse("2024-12-31"),
          LocalDate.parse("1900-02-28"),
          LocalDate.parse("2000-02-29"));

  private RandomValues() {}

  /** A non-null value of a column kind. */
  static Object value(SplittableRandom rnd, DataType type, boolean numberText) {
    return switch (type) {
      case INT64 -> rnd.nextInt(10) < 7 ? (long) rnd.nextInt(-5, 6) : rnd.nextLong(-1000, 1001);
      case INT32 -> rnd.nextInt(10) < 8 ? rnd.nextInt(-5, 6) : rnd.nextInt(-100, 101);
      case FLOAT64 -> float64(rnd);
      case STRING -> numberText ? pick(rnd, NUMBER_TEXTS) : pick(rnd, WORDS);
      case BOOLEAN -> rnd.nextBoolean();
      case TIMESTAMP -> timestamp(rnd);
      case DATE -> rnd.nextBoolean() ? pick(rnd, DATES) : LocalDate.ofEpochDay(day(rnd));
    };
  }

  /** k/8 for |k| <= 40; never {@code -0.0}, whose ordering and grouping engines disagree on. */
  static double float64(SplittableRandom rnd) {
    int k = rnd.nextInt(-40, 41);
    return k == 0 ? 0.0 : k / 8.0;
  }

  private static LocalDateTime timestamp(SplittableRandom rnd) {
    if (rnd.nextInt(10) < 6) {
      return pick(rnd, TIMESTAMPS);
    }
    long seconds = day(rnd) * 86_400L + rnd.nextInt(24 * 4) * 900L + rnd.nextInt(3) * 59L;
    long micros = seconds * 1_000_000L;
    if (rnd.nextBoolean()) {
      micros += rnd.nextInt(1_000_000);
    }
    return TimestampText.fromEpochMicros(micros);
  }

  /** An epoch day between 1960 and 2030. */
  private static long day(SplittableRandom rnd) {
    return rnd.nextLong(-3653, 21915);
  }

  static <T> T pick(SplittableRandom rnd, List<T> values) {
    return values.get(rnd.nextInt(values.size()));
  }
}
