package dev.frameports.frame;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Type checking of expressions against a schema, written once for every backend. Every rule of
 * {@link Expr}'s comment is enforced here, before any data is read.
 */
public final class ExprTypes {
  private ExprTypes() {}

  /**
   * The result type of a scalar expression (no aggregates) over {@code schema}.
   *
   * @throws PlanException naming the expression and the problem
   */
  public static DataType scalarType(Expr expr, Schema schema) {
    if (expr.isAggregate()) {
      throw new PlanException(
          "aggregate " + ExprPrinter.print(expr) + " is only allowed in groupBy(..).agg(..)");
    }
    return expr.accept(new Typer(schema));
  }

  /**
   * The result type of an aggregate expression in {@code agg(..)}: an {@link Expr.Agg} or {@link
   * Expr.Len}, optionally under aliases, whose input is scalar.
   */
  public static DataType aggregateType(Expr expr, Schema schema) {
    Expr node = expr;
    while (node instanceof Expr.Alias alias) {
      node = alias.input();
    }
    if (node instanceof Expr.Len) {
      return DataType.INT64;
    }
    if (!(node instanceof Expr.Agg agg)) {
      throw new PlanException(
          "agg(..) takes aggregates such as col(\"x\").sum(), got " + ExprPrinter.print(expr));
    }
    DataType input = scalarType(agg.input(), schema);
    return switch (agg.fn()) {
      case COUNT, N_UNIQUE -> DataType.INT64;
      case SUM -> {
        requireNumeric(input, expr);
        yield input == DataType.FLOAT64 ? DataType.FLOAT64 : DataType.INT64;
      }
      case MEAN -> {
        requireNumeric(input, expr);
        yield DataType.FLOAT64;
      }
      case MIN, MAX, FIRST -> input;
    };
  }

  /** The common type of two operands of a numeric operation, or of when-branches. */
  public static DataType promote(DataType a, DataType b) {
    if (a == b) {
      return a;
    }
    if (a.isNumeric() && b.isNumeric()) {
      return a == DataType.FLOAT64 || b == DataType.FLOAT64 ? DataType.FLOAT64 : DataType.INT64;
    }
    throw new PlanException("types " + a + " and " + b + " do not mix");
  }

  /** True when a cast from one type to another is in the {@link Expr.Cast} table. */
  public static boolean canCast(DataType from, DataType to) {
    if (from == to || to == DataType.STRING && from != DataType.FLOAT64) {
      return true;
    }
    return switch (from) {
      case BOOLEAN, INT32, INT64, FLOAT64 ->
          to.isNumeric() || to == DataType.BOOLEAN && from != DataType.BOOLEAN;
      case STRING -> true;
      case TIMESTAMP -> to == DataType.DATE;
      case DATE -> to == DataType.TIMESTAMP;
    };
  }

  private static void requireNumeric(DataType type, Expr expr) {
    if (!type.isNumeric()) {
      throw new PlanException(ExprPrinter.print(expr) + " needs a numeric input, got " + type);
    }
  }

  private record Typer(Schema schema) implements Expr.Visitor<DataType> {
    @Override
    public DataType visitCol(Expr.Col col) {
      return schema.field(col.name()).type();
    }

    @Override
    public DataType visitLit(Expr.Lit lit) {
      return lit.type();
    }

    @Override
    public DataType visitBinary(Expr.Binary binary) {
      DataType left = binary.left().accept(this);
      DataType right = binary.right().accept(this);
      String where = ExprPrinter.print(binary);
      switch (binary.op().kind()) {
        case ARITHMETIC -> {
          if (!left.isNumeric() || !right.isNumeric()) {
            throw new PlanException(
                where + ": arithmetic needs numbers, got " + left + ", " + right);
          }
          return binary.op() == BinaryOp.DIV ? DataType.FLOAT64 : promote(left, right);
        }
        case COMPARISON -> {
          if (!(left.isNumeric() && right.isNumeric()) && left != right) {
            throw new PlanException(where + ": cannot compare " + left + " with " + right);
          }
          return DataType.BOOLEAN;
        }
        case LOGICAL -> {
          requireBoolean(left, binary);
          requireBoolean(right, binary);
          return DataType.BOOLEAN;
        }
      }
      throw new AssertionError(binary.op());
    }

    @Override
    public DataType visitNot(Expr.Not not) {
      requireBoolean(not.input().accept(this), not);
      return DataType.BOOLEAN;
    }

    @Override
    public DataType visitIsNull(Expr.IsNull isNull) {
      isNull.input().accept(this);
      return DataType.BOOLEAN;
    }

    @Override
    public DataType visitIsIn(Expr.IsIn isIn) {
      DataType input = isIn.input().accept(this);
      for (Object value : isIn.values()) {
        DataType type = Expr.lit(value) instanceof Expr.Lit lit ? lit.type() : null;
        if (type == null || !(type == input || type.isNumeric() && input.isNumeric())) {
          throw new PlanException(
              ExprPrinter.print(isIn) + ": value " + value + " is not a " + input);
        }
      }
      return DataType.BOOLEAN;
    }

    @Override
    public DataType visitStringMatch(Expr.StringMatch match) {
      DataType input = match.input().accept(this);
      if (input != DataType.STRING) {
        throw new PlanException(ExprPrinter.print(match) + " needs a STRING input, got " + input);
      }
      if (match.op() == StringOp.MATCHES) {
        try {
          Pattern.compile(match.pattern());
        } catch (PatternSyntaxException e) {
          throw new PlanException(
              "invalid regular expression '" + match.pattern() + "': " + e.getDescription());
        }
      }
      return DataType.BOOLEAN;
    }

    @Override
    public DataType visitWhen(Expr.When when) {
      DataType result = null;
      for (Expr.When.Branch branch : when.branches()) {
        requireBoolean(branch.condition().accept(this), when);
        result = unify(result, branch.value(), when);
      }
      return unify(result, when.otherwise(), when);
    }

    private DataType unify(DataType sofar, Expr value, Expr where) {
      DataType type = value.accept(this);
      if (sofar == null || sofar == type) {
        return type;
      }
      try {
        return promote(sofar, type);
      } catch (PlanException e) {
        throw new PlanException(
            ExprPrinter.print(where) + ": branches mix " + sofar + " and " + type);
      }
    }

    @Override
    public DataType visitCast(Expr.Cast cast) {
      DataType from = cast.input().accept(this);
      if (!canCast(from, cast.to())) {
        throw new PlanException(
            ExprPrinter.print(cast) + ": cannot cast " + from + " to " + cast.to());
      }
      return cast.to();
    }

    @Override
    public DataType visitTruncate(Expr.Truncate truncate) {
      DataType input = truncate.input().accept(this);
      if (input != DataType.TIMESTAMP) {
        throw new PlanException(ExprPrinter.print(truncate) + " needs a TIMESTAMP, got " + input);
      }
      return DataType.TIMESTAMP;
    }

    @Override
    public DataType visitAlias(Expr.Alias alias) {
      return alias.input().accept(this);
    }

    @Override
    public DataType visitAgg(Expr.Agg agg) {
      throw new PlanException("nested aggregate " + ExprPrinter.print(agg));
    }

    @Override
    public DataType visitLen(Expr.Len len) {
      throw new PlanException("nested aggregate len()");
    }

    private static void requireBoolean(DataType type, Expr where) {
      if (type != DataType.BOOLEAN) {
        throw new PlanException(ExprPrinter.print(where) + " needs BOOLEAN operands, got " + type);
      }
    }
  }

  /** The types of a list of scalar expressions, for backends that compile several at once. */
  public static List<DataType> scalarTypes(List<Expr> exprs, Schema schema) {
    return exprs.stream().map(e -> scalarType(e, schema)).toList();
  }
}
