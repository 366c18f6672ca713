package dev.frameports.tablesaw;

import dev.frameports.frame.BinaryOp;
import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;

/**
 * Column-at-a-time arithmetic, comparisons and Kleene logic over {@link TablesawColumn}s.
 *
 * <p>Why by hand: Tablesaw's {@code NumberColumn.add/subtract/multiply} wrap on overflow and treat
 * the missing sentinels as values ({@code Integer.MIN_VALUE} is missing to them, a legal value
 * here), and its {@code divide} returns infinity for {@code x/0}; the API wants exact integer
 * arithmetic ({@link Math#addExact} and friends, overflow an {@link EvaluationException}), null for
 * {@code x/0} and three-valued logic.
 */
final class TablesawArithmetic {
  private TablesawArithmetic() {}

  /**
   * {@code left op right} for {@code + - * /}; {@code type} is the result type from {@link
   * dev.frameports.frame.ExprTypes}. {@code where} names the expression in overflow errors.
   */
  static TablesawColumn arithmetic(
      BinaryOp op,
      TablesawColumn left,
      TablesawColumn right,
      DataType type,
      String name,
      String where) {
    TablesawColumnBuilder out = TablesawColumnBuilder.create(type, name);
    int n = left.size();
    try {
      for (int row = 0; row < n; row++) {
        if (left.isNull(row) || right.isNull(row)) {
          out.appendNull();
        } else if (op == BinaryOp.DIV) {
          double divisor = right.doubleAt(row);
          if (divisor == 0) {
            out.appendNull();
          } else {
            out.appendDouble(left.doubleAt(row) / divisor);
          }
        } else if (type == DataType.INT32) {
          out.appendInt(ints(op, left.intAt(row), right.intAt(row)));
        } else if (type == DataType.INT64) {
          out.appendLong(longs(op, left.longAt(row), right.longAt(row)));
        } else {
          out.appendDouble(doubles(op, left.doubleAt(row), right.doubleAt(row)));
        }
      }
    } catch (ArithmeticException e) {
      throw new EvaluationException(type + " overflow in " + where, e);
    }
    return out.build();
  }

  private static int ints(BinaryOp op, int a, int b) {
    return switch (op) {
      case ADD -> Math.addExact(a, b);
      case SUB -> Math.subtractExact(a, b);
      case MUL -> Math.multiplyExact(a, b);
      default -> throw new IllegalArgumentException(op.toString());
    };
  }

  private static long longs(BinaryOp op, long a, long b) {
    return switch (op) {
      case ADD -> Math.addExact(a, b);
      case SUB -> Math.subtractExact(a, b);
      case MUL -> Math.multiplyExact(a, b);
      default -> throw new IllegalArgumentException(op.toString());
    };
  }

  private static double doubles(BinaryOp op, double a, double b) {
    return switch (op) {
      case ADD -> a + b;
      case SUB -> a - b;
      case MUL -> a * b;
      default -> throw new IllegalArgumentException(op.toString());
    };
  }

  /** {@code left op right} for {@code = <> < <= > >=}: BOOLEAN, null when either side is. */
  static TablesawColumn compare(
      BinaryOp op, TablesawColumn left, TablesawColumn right, String name) {
    TablesawColumnBuilder out = TablesawColumnBuilder.create(DataType.BOOLEAN, name);
    int n = left.size();
    boolean strings = left.type() == DataType.STRING;
    for (int row = 0; row < n; row++) {
      if (left.isNull(row) || right.isNull(row)) {
        out.appendNull();
      } else if (strings && (op == BinaryOp.EQ || op == BinaryOp.NE)) {
        boolean equal = left.stringAt(row).equals(right.stringAt(row));
        out.appendBoolean(equal == (op == BinaryOp.EQ));
      } else {
        out.appendBoolean(holds(op, TablesawOrder.compare(left, row, right, row)));
      }
    }
    return out.build();
  }

  private static boolean holds(BinaryOp op, int c) {
    return switch (op) {
      case EQ -> c == 0;
      case NE -> c != 0;
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      default -> throw new IllegalArgumentException(op.toString());
    };
  }

  /**
   * Kleene AND/OR: {@code false AND x} is false and {@code true OR x} is true even when x is null;
   * otherwise a null operand gives null.
   */
  static TablesawColumn logical(
      BinaryOp op, TablesawColumn left, TablesawColumn right, String name) {
    boolean and = op == BinaryOp.AND;
    TablesawColumnBuilder out = TablesawColumnBuilder.create(DataType.BOOLEAN, name);
    int n = left.size();
    for (int row = 0; row < n; row++) {
      boolean leftNull = left.isNull(row);
      boolean rightNull = right.isNull(row);
      // the dominant value: false for AND, true for OR
      boolean leftDecides = !leftNull && left.booleanAt(row) != and;
      boolean rightDecides = !rightNull && right.booleanAt(row) != and;
      if (leftDecides || rightDecides) {
        out.appendBoolean(!and);
      } else if (leftNull || rightNull) {
        out.appendNull();
      } else {
        out.appendBoolean(and);
      }
    }
    return out.build();
  }

  /** Boolean negation; null stays null. */
  static TablesawColumn not(TablesawColumn input, String name) {
    TablesawColumnBuilder out = TablesawColumnBuilder.create(DataType.BOOLEAN, name);
    for (int row = 0; row < input.size(); row++) {
      if (input.isNull(row)) {
        out.appendNull();
      } else {
        out.appendBoolean(!input.booleanAt(row));
      }
    }
    return out.build();
  }
}
