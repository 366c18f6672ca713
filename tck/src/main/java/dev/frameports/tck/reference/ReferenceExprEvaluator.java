package dev.frameports.tck.reference;

import dev.frameports.frame.BinaryOp;
import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;
import dev.frameports.frame.Expr;
import dev.frameports.frame.ExprPrinter;
import dev.frameports.frame.ExprTypes;
import dev.frameports.frame.Schema;
import dev.frameports.frame.StringOp;
import dev.frameports.frame.TimestampText;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a scalar {@link Expr} into a {@link RowFunction} over rows of a schema. Types are resolved
 * once, here, with {@link ExprTypes}; every function returns a value of its node's type (or null),
 * so each rule of {@link Expr}'s comment is applied to plain Java values.
 */
final class ReferenceExprEvaluator implements Expr.Visitor<RowFunction> {
  private final Schema schema;

  private ReferenceExprEvaluator(Schema schema) {
    this.schema = schema;
  }

  /** Compiles a scalar expression; the caller has validated it against {@code schema}. */
  static RowFunction compile(Expr expr, Schema schema) {
    return expr.accept(new ReferenceExprEvaluator(schema));
  }

  private DataType typeOf(Expr expr) {
    return ExprTypes.scalarType(expr, schema);
  }

  @Override
  public RowFunction visitCol(Expr.Col col) {
    int index = schema.indexOf(col.name());
    return row -> row.get(index);
  }

  @Override
  public RowFunction visitLit(Expr.Lit lit) {
    Object value = lit.value();
    return row -> value;
  }

  @Override
  public RowFunction visitBinary(Expr.Binary binary) {
    RowFunction left = binary.left().accept(this);
    RowFunction right = binary.right().accept(this);
    return switch (binary.op().kind()) {
      case ARITHMETIC -> arithmetic(binary, left, right);
      case COMPARISON -> comparison(binary.op(), left, right);
      case LOGICAL -> logical(binary.op(), left, right);
    };
  }

  private RowFunction arithmetic(Expr.Binary binary, RowFunction left, RowFunction right) {
    BinaryOp op = binary.op();
    DataType type =
        op == BinaryOp.DIV
            ? DataType.FLOAT64
            : ExprTypes.promote(typeOf(binary.left()), typeOf(binary.right()));
    String where = ExprPrinter.print(binary);
    return row -> {
      Object l = ReferenceValues.widen(left.apply(row), type);
      Object r = ReferenceValues.widen(right.apply(row), type);
      if (l == null || r == null) {
        return null;
      }
      try {
        return switch (type) {
          case INT32 -> exact(op, (Integer) l, (Integer) r);
          case INT64 -> exact(op, (Long) l, (Long) r);
          default -> floating(op, (Double) l, (Double) r);
        };
      } catch (ArithmeticException e) {
        throw new EvaluationException(
            "integer overflow in " + where + " with " + l + " and " + r, e);
      }
    };
  }

  private static Object exact(BinaryOp op, int l, int r) {
    return switch (op) {
      case ADD -> Math.addExact(l, r);
      case SUB -> Math.subtractExact(l, r);
      case MUL -> Math.multiplyExact(l, r);
      default -> throw new AssertionError(op);
    };
  }

  private static Object exact(BinaryOp op, long l, long r) {
    return switch (op) {
      case ADD -> Math.addExact(l, r);
      case SUB -> Math.subtractExact(l, r);
      case MUL -> Math.multiplyExact(l, r);
      default -> throw new AssertionError(op);
    };
  }

  private static @Nullable Object floating(BinaryOp op, double l, double r) {
    return switch (op) {
      case ADD -> l + r;
      case SUB -> l - r;
      case MUL -> l * r;
      case DIV -> r == 0.0 ? null : l / r;
      default -> throw new AssertionError(op);
    };
  }

  private static RowFunction comparison(BinaryOp op, RowFunction left, RowFunction right) {
    return row -> {
      Object l = left.apply(row);
      Object r = right.apply(row);
      if (l == null || r == null) {
        return null;
      }
      int c = ReferenceValues.compare(l, r);
      return switch (op) {
        case EQ -> c == 0;
        case NE -> c != 0;
        case LT -> c < 0;
        case LE -> c <= 0;
        case GT -> c > 0;
        case GE -> c >= 0;
        default -> throw new AssertionError(op);
      };
    };
  }

  private static RowFunction logical(BinaryOp op, RowFunction left, RowFunction right) {
    // Kleene logic: the dominant value (false for AND, true for OR) wins over null.
    Boolean dominant = op == BinaryOp.OR;
    return row -> {
      Boolean l = (Boolean) left.apply(row);
      Boolean r = (Boolean) right.apply(row);
      if (dominant.equals(l) || dominant.equals(r)) {
        return dominant;
      }
      return l == null || r == null ? null : !dominant;
    };
  }

  @Override
  public RowFunction visitNot(Expr.Not not) {
    RowFunction input = not.input().accept(this);
    return row -> {
      Boolean value = (Boolean) input.apply(row);
      return value == null ? null : !value;
    };
  }

  @Override
  public RowFunction visitIsNull(Expr.IsNull isNull) {
    RowFunction input = isNull.input().accept(this);
    return row -> input.apply(row) == null;
  }

  @Override
  public RowFunction visitIsIn(Expr.IsIn isIn) {
    RowFunction input = isIn.input().accept(this);
    List<Object> values = new ArrayList<>();
    for (Object value : isIn.values()) {
      // the same widening Expr.lit applies, so a Float or Short candidate compares as a number
      values.add(((Expr.Lit) Expr.lit(value)).value());
    }
    return row -> {
      Object value = input.apply(row);
      if (value == null) {
        return null;
      }
      for (Object candidate : values) {
        if (ReferenceValues.compare(value, candidate) == 0) {
          return true;
        }
      }
      return false;
    };
  }

  @Override
  public RowFunction visitStringMatch(Expr.StringMatch match) {
    RowFunction input = match.input().accept(this);
    boolean fold = match.ignoreCase();
    String pattern = fold ? ReferenceValues.lower(match.pattern()) : match.pattern();
    Pattern regex =
        match.op() == StringOp.MATCHES
            ? Pattern.compile(
                match.pattern(), fold ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0)
            : null;
    return row -> {
      String value = (String) input.apply(row);
      if (value == null) {
        return null;
      }
      String text = fold ? ReferenceValues.lower(value) : value;
      return switch (match.op()) {
        case CONTAINS -> text.contains(pattern);
        case STARTS_WITH -> text.startsWith(pattern);
        case ENDS_WITH -> text.endsWith(pattern);
        case MATCHES -> regex.matcher(value).find();
      };
    };
  }

  @Override
  public RowFunction visitWhen(Expr.When when) {
    DataType type = typeOf(when);
    List<RowFunction> conditions = new ArrayList<>();
    List<RowFunction> values = new ArrayList<>();
    for (Expr.When.Branch branch : when.branches()) {
      conditions.add(branch.condition().accept(this));
      values.add(branch.value().accept(this));
    }
    RowFunction otherwise = when.otherwise().accept(this);
    return row -> {
      for (int i = 0; i < conditions.size(); i++) {
        if (Boolean.TRUE.equals(conditions.get(i).apply(row))) {
          return ReferenceValues.widen(values.get(i).apply(row), type);
        }
      }
      return ReferenceValues.widen(otherwise.apply(row), type);
    };
  }

  @Override
  public RowFunction visitCast(Expr.Cast cast) {
    RowFunction input = cast.input().accept(this);
    DataType from = typeOf(cast.input());
    return row -> ReferenceCasts.cast(input.apply(row), from, cast.to());
  }

  @Override
  public RowFunction visitTruncate(Expr.Truncate truncate) {
    RowFunction input = truncate.input().accept(this);
    long every = truncate.everyMicros();
    return row -> {
      LocalDateTime value = (LocalDateTime) input.apply(row);
      if (value == null) {
        return null;
      }
      long micros = TimestampText.toEpochMicros(value);
      return TimestampText.fromEpochMicros(Math.floorDiv(micros, every) * every);
    };
  }

  @Override
  public RowFunction visitAlias(Expr.Alias alias) {
    return alias.input().accept(this);
  }

  @Override
  public RowFunction visitAgg(Expr.Agg agg) {
    throw new IllegalStateException("aggregates are evaluated by ReferenceAggregate");
  }

  @Override
  public RowFunction visitLen(Expr.Len len) {
    throw new IllegalStateException("aggregates are evaluated by ReferenceAggregate");
  }
}
