package dev.frameports.tablesaw;

import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;
import dev.frameports.frame.Expr;
import dev.frameports.frame.ExprPrinter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The aggregate functions over numbered groups, one pass over the rows each. Nulls are skipped
 * except by {@code first} and {@code len}; sum, mean, min and max of no value are null, count and
 * nUnique 0. Integer sums are exact longs and overflow is an {@link EvaluationException}.
 */
final class TablesawAccumulators {
  private TablesawAccumulators() {}

  /** One aggregate column, a row per group; {@code agg} is an {@link Expr.Agg} or len. */
  static TablesawColumn compute(
      Expr agg, TablesawFrame input, TablesawAggregate.Groups groups, String name) {
    Expr node = agg;
    while (node instanceof Expr.Alias alias) {
      node = alias.input();
    }
    int[] groupOf = groups.groupOfRow();
    if (node instanceof Expr.Len) {
      long[] rows = new long[groups.count()];
      for (int group : groupOf) {
        rows[group]++;
      }
      return longs(rows, null, name);
    }
    Expr.Agg call = (Expr.Agg) node;
    TablesawColumn values = TablesawExprCompiler.evaluate(call.input(), input);
    return switch (call.fn()) {
      case COUNT -> longs(counts(values, groupOf, groups.count()), null, name);
      case SUM ->
          values.type() == DataType.FLOAT64
              ? doubleSum(values, groupOf, groups.count(), name)
              : longSum(values, groupOf, groups.count(), name, ExprPrinter.print(agg));
      case MEAN -> mean(values, groupOf, groups.count(), name);
      case MIN -> values.gatherOrNull(extreme(values, groupOf, groups.count(), -1), name);
      case MAX -> values.gatherOrNull(extreme(values, groupOf, groups.count(), 1), name);
      case N_UNIQUE -> longs(distinct(values, groupOf, groups.count()), null, name);
      case FIRST -> values.gatherOrNull(groups.firstRow(), name);
    };
  }

  private static long[] counts(TablesawColumn values, int[] groupOf, int groupCount) {
    long[] counts = new long[groupCount];
    for (int row = 0; row < groupOf.length; row++) {
      if (!values.isNull(row)) {
        counts[groupOf[row]]++;
      }
    }
    return counts;
  }

  private static TablesawColumn longSum(
      TablesawColumn values, int[] groupOf, int groupCount, String name, String where) {
    long[] sums = new long[groupCount];
    try {
      for (int row = 0; row < groupOf.length; row++) {
        if (!values.isNull(row)) {
          sums[groupOf[row]] = Math.addExact(sums[groupOf[row]], values.longAt(row));
        }
      }
    } catch (ArithmeticException e) {
      throw new EvaluationException("INT64 overflow in " + where, e);
    }
    return longs(sums, counts(values, groupOf, groupCount), name);
  }

  private static TablesawColumn doubleSum(
      TablesawColumn values, int[] groupOf, int groupCount, String name) {
    double[] sums = new double[groupCount];
    for (int row = 0; row < groupOf.length; row++) {
      if (!values.isNull(row)) {
        sums[groupOf[row]] += values.doubleAt(row);
      }
    }
    return doubles(sums, counts(values, groupOf, groupCount), name);
  }

  /** Integer means divide an exact sum (a BigInteger once a long overflows) by the count. */
  private static TablesawColumn mean(
      TablesawColumn values, int[] groupOf, int groupCount, String name) {
    long[] counts = counts(values, groupOf, groupCount);
    double[] means = new double[groupCount];
    if (values.type() == DataType.FLOAT64) {
      for (int row = 0; row < groupOf.length; row++) {
        if (!values.isNull(row)) {
          means[groupOf[row]] += values.doubleAt(row);
        }
      }
    } else {
      long[] sums = new long[groupCount];
      BigInteger[] big = new BigInteger[groupCount];
      for (int row = 0; row < groupOf.length; row++) {
        if (!values.isNull(row)) {
          int g = groupOf[row];
          long v = values.longAt(row);
          if (big[g] != null) {
            big[g] = big[g].add(BigInteger.valueOf(v));
          } else {
            long sum = sums[g] + v;
            if (((sums[g] ^ sum) & (v ^ sum)) < 0) { // overflow, as in Math.addExact
              big[g] = BigInteger.valueOf(sums[g]).add(BigInteger.valueOf(v));
            } else {
              sums[g] = sum;
            }
          }
        }
      }
      for (int g = 0; g < groupCount; g++) {
        means[g] = big[g] != null ? big[g].doubleValue() : (double) sums[g];
      }
    }
    for (int g = 0; g < groupCount; g++) {
      means[g] = counts[g] == 0 ? 0 : means[g] / counts[g];
    }
    return doubles(means, counts, name);
  }

  /** Per group the row of the smallest ({@code sign} -1) or largest (1) value, -1 for none. */
  private static int[] extreme(TablesawColumn values, int[] groupOf, int groupCount, int sign) {
    int[] best = new int[groupCount];
    Arrays.fill(best, -1);
    for (int row = 0; row < groupOf.length; row++) {
      if (!values.isNull(row)) {
        int g = groupOf[row];
        if (best[g] < 0 || sign * TablesawOrder.compare(values, row, values, best[g]) > 0) {
          best[g] = row;
        }
      }
    }
    return best;
  }

  private static long[] distinct(TablesawColumn values, int[] groupOf, int groupCount) {
    List<Set<Object>> seen = new ArrayList<>(groupCount);
    for (int g = 0; g < groupCount; g++) {
      seen.add(new HashSet<>());
    }
    for (int row = 0; row < groupOf.length; row++) {
      if (!values.isNull(row)) {
        seen.get(groupOf[row]).add(TablesawRowKeys.value(values, row));
      }
    }
    return seen.stream().mapToLong(Set::size).toArray();
  }

  /** An INT64 column; a group whose {@code counts} entry is 0 is null ({@code counts} optional). */
  private static TablesawColumn longs(long[] values, long @Nullable [] counts, String name) {
    TablesawColumnBuilder out = TablesawColumnBuilder.create(DataType.INT64, name);
    for (int g = 0; g < values.length; g++) {
      if (counts != null && counts[g] == 0) {
        out.appendNull();
      } else {
        out.appendLong(values[g]);
      }
    }
    return out.build();
  }

  private static TablesawColumn doubles(double[] values, long[] counts, String name) {
    TablesawColumnBuilder out = TablesawColumnBuilder.create(DataType.FLOAT64, name);
    for (int g = 0; g < values.length; g++) {
      if (counts[g] == 0) {
        out.appendNull();
      } else {
        out.appendDouble(values[g]);
      }
    }
    return out.build();
  }
}
