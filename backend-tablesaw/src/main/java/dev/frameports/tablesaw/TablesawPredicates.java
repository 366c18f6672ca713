package dev.frameports.tablesaw;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.StringOp;
import dev.frameports.frame.TimestampText;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.selection.Selection;

/** String predicates and {@code isIn}, producing BOOLEAN columns that are null where input is. */
final class TablesawPredicates {
  private TablesawPredicates() {}

  /**
   * A {@link Expr.StringMatch}. Case-sensitive literal matches use Tablesaw's own {@code
   * containsString}/{@code startsWith}/{@code endsWith}, which test every stored string (a null row
   * stores {@code ""} and is masked afterwards). Case folding and regular-expression search are by
   * hand: Tablesaw's {@code matchesRegex} is a whole-string match, the API wants a search.
   */
  static TablesawColumn match(Expr.StringMatch match, TablesawColumn input, String name) {
    if (!match.ignoreCase() && match.op() != StringOp.MATCHES) {
      StringColumn strings = (StringColumn) input.values();
      Selection hits =
          switch (match.op()) {
            case CONTAINS -> strings.containsString(match.pattern());
            case STARTS_WITH -> strings.startsWith(match.pattern());
            case ENDS_WITH -> strings.endsWith(match.pattern());
            case MATCHES -> throw new AssertionError();
          };
      return fromSelection(hits, input, name);
    }
    Predicate<String> test = predicate(match);
    return map(input, name, row -> test.test(input.stringAt(row)));
  }

  private static Predicate<String> predicate(Expr.StringMatch match) {
    if (match.op() == StringOp.MATCHES) {
      int flags = match.ignoreCase() ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
      Pattern pattern = Pattern.compile(match.pattern(), flags);
      return s -> pattern.matcher(s).find();
    }
    String pattern = foldCase(match.pattern());
    return switch (match.op()) {
      case CONTAINS -> s -> foldCase(s).contains(pattern);
      case STARTS_WITH -> s -> foldCase(s).startsWith(pattern);
      case ENDS_WITH -> s -> foldCase(s).endsWith(pattern);
      case MATCHES -> throw new AssertionError();
    };
  }

  /**
   * Unicode simple lower-casing, code point by code point, as the API documents ({@link
   * String#toLowerCase} applies full case mappings, which can change the length).
   */
  static String foldCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
    return out.toString();
  }

  /**
   * An {@link Expr.IsIn}: numbers compare numerically across INT32/INT64/FLOAT64 (as {@code eq}
   * does: integers exactly, with a float operand as doubles).
   */
  static TablesawColumn isIn(Expr.IsIn isIn, TablesawColumn input, String name) {
    Set<Object> exact = new HashSet<>();
    Set<Double> asDoubles = new HashSet<>();
    DataType type = input.type();
    for (Object raw : isIn.values()) {
      Object value = ((Expr.Lit) Expr.lit(raw)).value();
      if (type.isNumeric() && value instanceof Number number) {
        if (type == DataType.FLOAT64 || value instanceof Double) {
          asDoubles.add(number.doubleValue() + 0.0); // + 0.0 turns -0.0 into 0.0
        } else {
          exact.add(number.longValue());
        }
      } else if (value instanceof LocalDateTime ts) {
        exact.add(TimestampText.toEpochMicros(ts));
      } else {
        exact.add(value);
      }
    }
    return map(
        input,
        name,
        row -> {
          if (type.isInteger() && exact.contains(input.longAt(row))) {
            return true;
          }
          if (type.isNumeric()) {
            return asDoubles.contains(input.doubleAt(row) + 0.0);
          }
          return exact.contains(type == DataType.TIMESTAMP ? input.longAt(row) : input.get(row));
        });
  }

  /** A BOOLEAN column from a per-row test of the non-null rows. */
  static TablesawColumn map(TablesawColumn input, String name, IntPredicate test) {
    TablesawColumnBuilder out = TablesawColumnBuilder.create(DataType.BOOLEAN, name);
    for (int row = 0; row < input.size(); row++) {
      if (input.isNull(row)) {
        out.appendNull();
      } else {
        out.appendBoolean(test.test(row));
      }
    }
    return out.build();
  }

  /** True at the selected rows, false elsewhere, null where {@code input} is null. */
  static TablesawColumn fromSelection(Selection selected, TablesawColumn input, String name) {
    return map(input, name, selected::contains);
  }
}
