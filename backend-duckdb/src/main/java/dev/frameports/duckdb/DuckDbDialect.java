package dev.frameports.duckdb;

import dev.frameports.frame.DataType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DuckDB's spelling of the few things the compilers need: quoting, type names, and the macros that
 * keep the generated SQL short where one rule needs several functions (strict text parsing,
 * timestamp text, epoch-aligned truncation). The macros are created once per connection.
 */
final class DuckDbDialect {
  /** Prefix of every name the backend invents; user columns may not start with it. */
  static final String RESERVED_PREFIX = "__fp_";

  /** The hidden column that defines the row order of every compiled relation. */
  static final String ORD = RESERVED_PREFIX + "ord";

  private DuckDbDialect() {}

  /** A quoted identifier: {@code a"b} becomes {@code "a""b"}. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /**
   * A string literal for text the backend itself chooses (file paths, delimiters, macro messages);
   * values from plans are always bound parameters instead.
   */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** The SQL type that holds exactly the values of a frameports type. */
  static String typeName(DataType type) {
    return switch (type) {
      case BOOLEAN -> "BOOLEAN";
      case INT32 -> "INTEGER";
      case INT64 -> "BIGINT";
      case FLOAT64 -> "DOUBLE";
      case STRING -> "VARCHAR";
      case TIMESTAMP -> "TIMESTAMP";
      case DATE -> "DATE";
    };
  }

  /**
   * The frameports type a DuckDB column type (as {@code DESCRIBE} prints it) is read as, if any;
   * narrower types widen (SMALLINT to INT32, FLOAT to FLOAT64, TIMESTAMP_MS to TIMESTAMP).
   */
  static Optional<DataType> typeOf(String duckDbType) {
    String t = duckDbType.strip();
    if (t.startsWith("DECIMAL")) {
      return Optional.of(DataType.FLOAT64);
    }
    return Optional.ofNullable(
        switch (t) {
          case "BOOLEAN" -> DataType.BOOLEAN;
          case "TINYINT", "SMALLINT", "INTEGER", "UTINYINT", "USMALLINT" -> DataType.INT32;
          case "BIGINT", "UINTEGER" -> DataType.INT64;
          case "FLOAT", "DOUBLE" -> DataType.FLOAT64;
          case "VARCHAR" -> DataType.STRING;
          case "TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS" -> DataType.TIMESTAMP;
          case "DATE" -> DataType.DATE;
          default -> null;
        });
  }

  /**
   * The macro that parses text strictly as {@code type} (null stays null, bad text is an error).
   */
  static String parseFunction(DataType type) {
    return RESERVED_PREFIX + "parse_" + type.name().toLowerCase(Locale.ROOT);
  }

  /** The macro printing a TIMESTAMP as {@code yyyy-MM-dd HH:mm:ss[.ffffff]}. */
  static final String TIMESTAMP_TEXT = RESERVED_PREFIX + "timestamp_text";

  /** The macro {@code (ts, micros)} flooring a TIMESTAMP to a multiple of micros since 1970. */
  static final String TRUNCATE = RESERVED_PREFIX + "truncate";

  /** The {@code CREATE TEMP MACRO} statements, in dependency order. */
  static List<String> macros() {
    String p = RESERVED_PREFIX;
    return List.of(
        // Java's strip(): every kind of surrounding blank, not only spaces
        macro("strip(s)", "regexp_replace(s, '^\\s+|\\s+$', '', 'g')"),
        macro("cast_error(s, t)", "error(concat('cannot cast ''', s, ''' to ', t))"),
        // DuckDB's own casts accept more than the contract ('1e3' and '12.5' as integers,
        // 't'/'yes' as booleans, '2024-1-1' as a date): check the shape first, then cast
        parse(DataType.INT32, "[+-]?[0-9]+"),
        parse(DataType.INT64, "[+-]?[0-9]+"),
        parse(DataType.FLOAT64, "[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?"),
        parse(DataType.BOOLEAN, "(?i)true|false"),
        parse(DataType.DATE, "[0-9]{4}-[0-9]{2}-[0-9]{2}"),
        parse(
            DataType.TIMESTAMP,
            "[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]{0,6})?)?"),
        macro(
            "timestamp_text(ts)",
            "CASE WHEN epoch_us(ts) % 1000000 = 0 THEN strftime(ts, '%Y-%m-%d %H:%M:%S')"
                + " ELSE strftime(ts, '%Y-%m-%d %H:%M:%S.%f') END"),
        // floorDiv, not SQL's truncating %: times before 1970 round down too
        macro("truncate(ts, n)", "make_timestamp(epoch_us(ts) - (((epoch_us(ts) % n) + n) % n))"));
  }

  /**
   * {@code parse_<type>(s)}: text of the given shape (a regular expression), surrounded by optional
   * blanks, cast to the type; null stays null; anything else is an error. The first branch, text
   * without blanks, is the common case and skips the costly strip.
   */
  private static String parse(DataType type, String shape) {
    String p = RESERVED_PREFIX;
    String sqlType = typeName(type);
    return macro(
        "parse_" + type.name().toLowerCase(Locale.ROOT) + "(s)",
        "CASE WHEN s IS NULL THEN NULL"
            + (" WHEN regexp_full_match(s, '" + shape + "') THEN CAST(s AS " + sqlType + ")")
            + (" WHEN regexp_full_match(s, '\\s*(" + shape + ")\\s*')")
            + (" THEN CAST(" + p + "strip(s) AS " + sqlType + ")")
            + (" ELSE " + p + "cast_error(s, '" + type + "') END"));
  }

  private static String macro(String signature, String body) {
    return "CREATE OR REPLACE TEMP MACRO " + RESERVED_PREFIX + signature + " AS " + body;
  }
}
