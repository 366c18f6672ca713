package dev.frameports.tck.random;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;

/**
 * A generated expression with its type and the facts the generator tracks about its values (see
 * {@link ColumnInfo}).
 */
record TypedExpr(Expr expr, DataType type, long bound, boolean dyadic, boolean numericText) {
  TypedExpr(Expr expr, DataType type, long bound, boolean dyadic) {
    this(expr, type, bound, dyadic, false);
  }

  /** A column reference. */
  static TypedExpr of(ColumnInfo column) {
    return new TypedExpr(
        Expr.col(column.name()),
        column.type(),
        column.bound(),
        column.dyadic(),
        column.numericText());
  }

  /** A non-numeric expression (bound and exactness do not apply). */
  static TypedExpr other(Expr expr, DataType type) {
    return new TypedExpr(expr, type, 0, true);
  }

  TypedExpr withExpr(Expr replacement) {
    return new TypedExpr(replacement, type, bound, dyadic, numericText);
  }
}
