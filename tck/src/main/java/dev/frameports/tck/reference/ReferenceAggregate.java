package dev.frameports.tck.reference;

import dev.frameports.frame.AggFn;
import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;
import dev.frameports.frame.Expr;
import dev.frameports.frame.ExprPrinter;
import dev.frameports.frame.ExprTypes;
import dev.frameports.frame.Schema;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One aggregate of {@code groupBy(..).agg(..)}, evaluated over the rows of a group in input order.
 * Null handling follows {@link Expr}'s comment: everything but {@code len} and {@code first} skips
 * nulls; {@code sum}, {@code mean}, {@code min} and {@code max} of nothing are null.
 */
final class ReferenceAggregate {
  private final @Nullable AggFn fn; // null for len()
  private final @Nullable RowFunction input;
  private final DataType inputType;
  private final String where;

  private ReferenceAggregate(
      @Nullable AggFn fn, @Nullable RowFunction input, DataType inputType, String where) {
    this.fn = fn;
    this.input = input;
    this.inputType = inputType;
    this.where = where;
  }

  /** Compiles an aggregate expression (an {@code Agg} or {@code len()} under optional aliases). */
  static ReferenceAggregate compile(Expr expr, Schema schema) {
    Expr node = expr;
    while (node instanceof Expr.Alias alias) {
      node = alias.input();
    }
    String where = ExprPrinter.print(expr);
    if (node instanceof Expr.Agg agg) {
      return new ReferenceAggregate(
          agg.fn(),
          ReferenceExprEvaluator.compile(agg.input(), schema),
          ExprTypes.scalarType(agg.input(), schema),
          where);
    }
    return new ReferenceAggregate(null, null, DataType.INT64, where);
  }

  /** The aggregate's value over the given rows (possibly none). */
  @Nullable Object evaluate(List<List<@Nullable Object>> rows) {
    if (fn == null) {
      return (long) rows.size();
    }
    if (fn == AggFn.FIRST) {
      return rows.isEmpty() ? null : input.apply(rows.get(0));
    }
    List<Object> values = new ArrayList<>();
    for (List<@Nullable Object> row : rows) {
      Object value = input.apply(row);
      if (value != null) {
        values.add(value);
      }
    }
    return switch (fn) {
      case COUNT -> (long) values.size();
      case N_UNIQUE -> (long) distinct(values).size();
      case SUM -> values.isEmpty() ? null : sum(values);
      case MEAN -> values.isEmpty() ? null : mean(values);
      case MIN -> values.stream().min(ReferenceValues::compare).orElse(null);
      case MAX -> values.stream().max(ReferenceValues::compare).orElse(null);
      case FIRST -> throw new AssertionError(fn);
    };
  }

  private static Set<Object> distinct(List<Object> values) {
    Set<Object> seen = new HashSet<>();
    for (Object value : values) {
      seen.add(value instanceof Double d && d == 0.0 ? 0.0 : value); // -0.0 = 0.0
    }
    return seen;
  }

  private Object sum(List<Object> values) {
    if (inputType == DataType.FLOAT64) {
      double total = 0;
      for (Object value : values) {
        total += (Double) value;
      }
      return total;
    }
    // The exact total decides, not a partial sum: the result must not depend on the order in
    // which an engine adds the values up.
    BigInteger total = exactSum(values);
    if (total.bitLength() >= Long.SIZE) {
      throw new EvaluationException("integer overflow in " + where + ": the sum is " + total);
    }
    return total.longValue();
  }

  private static BigInteger exactSum(List<Object> values) {
    BigInteger total = BigInteger.ZERO;
    for (Object value : values) {
      total = total.add(BigInteger.valueOf(((Number) value).longValue()));
    }
    return total;
  }

  private Object mean(List<Object> values) {
    if (inputType == DataType.FLOAT64) {
      double total = 0;
      for (Object value : values) {
        total += (Double) value;
      }
      return total / values.size();
    }
    // Integers are summed exactly, so a mean never overflows.
    return exactSum(values).doubleValue() / values.size();
  }
}
