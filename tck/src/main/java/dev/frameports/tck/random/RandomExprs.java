package dev.frameports.tck.random;

import dev.frameports.frame.BinaryOp;
import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.StringOp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Random well-typed scalar expressions over the columns of a plan. Every expression is valid for
 * {@code ExprTypes}, and never fails at run time: integer arithmetic stays within tracked bounds,
 * casts only convert values that convert, float products keep values binary fractions.
 */
final class RandomExprs {
  private static final long INT32_LIMIT = 100_000_000L;
  private static final long INT64_LIMIT = 1_000_000_000_000L;
  private static final long FLOAT64_LIMIT = 1_000_000L;

  private static final List<String> SUBSTRINGS =
      List.of("a", "A", "b", "é", "É", "日", "x", "", "ab", "😀", "ｶ", " ", "'");
  private static final List<String> REGEXES =
      List.of(
          "^a", "b$", "[aé]", "日|B", "^$", "^.x$", "a.", "É", "\\d", "^[a-c]+$", "\\s", "^.{2}$");
  private static final List<Duration> TRUNCATIONS =
      List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofDays(1));

  private final SplittableRandom rnd;
  private final List<ColumnInfo> columns;

  /** A generator over the columns that may be computed on (not approximate ones). */
  RandomExprs(SplittableRandom rnd, List<ColumnInfo> columns) {
    this.rnd = rnd;
    this.columns = columns.stream().filter(c -> !c.approximate()).toList();
  }

  // ------------------------------------------------------------------ values of a type

  /** An expression of exactly {@code type}. */
  TypedExpr value(DataType type, int depth) {
    if (depth <= 0 || rnd.nextInt(3) == 0) {
      return leaf(type);
    }
    return switch (type) {
      case INT32, INT64 -> integer(type, depth);
      case FLOAT64 -> float64(depth);
      case STRING -> string(depth);
      case BOOLEAN ->
          rnd.nextInt(4) == 0
              ? castNumber(DataType.BOOLEAN)
              : TypedExpr.other(predicate(depth - 1), DataType.BOOLEAN);
      case TIMESTAMP -> timestamp(depth);
      case DATE -> date(depth);
    };
  }

  /** A value of a random type, mostly one that has a column. */
  TypedExpr any(int depth) {
    return value(randomType(), depth);
  }

  /** A random type, usually one of an existing column. */
  DataType randomType() {
    if (!columns.isEmpty() && rnd.nextInt(8) > 0) {
      return RandomValues.pick(rnd, columns).type();
    }
    return RandomValues.pick(rnd, List.of(DataType.values()));
  }

  /** A numeric expression, usually of the type of an existing numeric column. */
  TypedExpr numeric(int depth) {
    List<ColumnInfo> numbers = columns(c -> c.type().isNumeric());
    DataType type =
        !numbers.isEmpty() && rnd.nextInt(5) > 0
            ? RandomValues.pick(rnd, numbers).type()
            : RandomValues.pick(rnd, numericTypes());
    return value(type, depth);
  }

  /** A column of the type (when one exists) or a literal, sometimes a null literal. */
  TypedExpr leaf(DataType type) {
    List<ColumnInfo> candidates = columns(c -> c.type() == type);
    if (!candidates.isEmpty() && rnd.nextInt(4) > 0) {
      return TypedExpr.of(RandomValues.pick(rnd, candidates));
    }
    if (rnd.nextInt(20) == 0) {
      return new TypedExpr(Expr.nullLit(type), type, 0, true);
    }
    return literal(type);
  }

  /** A non-null literal from the type's domain. */
  TypedExpr literal(DataType type) {
    Object value = RandomValues.value(rnd, type, false);
    long bound = value instanceof Number n ? (long) Math.ceil(Math.abs(n.doubleValue())) : 0;
    return new TypedExpr(Expr.lit(value), type, bound, true);
  }

  private TypedExpr integer(DataType type, int depth) {
    int k = rnd.nextInt(6);
    if (k < 3) {
      // INT32 op INT32 is INT32; an INT64 result needs one INT64 operand
      DataType other = type == DataType.INT64 && rnd.nextBoolean() ? DataType.INT32 : type;
      TypedExpr l = value(type, depth - 1);
      TypedExpr r = value(other, depth - 1);
      BinaryOp op = RandomValues.pick(rnd, List.of(BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL));
      return rnd.nextBoolean() ? arithmetic(op, l, r, type) : arithmetic(op, r, l, type);
    } else if (k < 5) {
      return castNumber(type);
    }
    return when(type, depth);
  }

  private TypedExpr arithmetic(BinaryOp op, TypedExpr l, TypedExpr r, DataType type) {
    long bound = op == BinaryOp.MUL ? times(l.bound(), r.bound()) : l.bound() + r.bound();
    long limit =
        type == DataType.INT32 ? INT32_LIMIT : type == DataType.INT64 ? INT64_LIMIT : FLOAT64_LIMIT;
    if (bound > limit || l.bound() > limit || r.bound() > limit) {
      return leaf(type);
    }
    return new TypedExpr(
        new Expr.Binary(op, l.expr(), r.expr()), type, bound, l.dyadic() && r.dyadic());
  }

  private static long times(long a, long b) {
    return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
  }

  /** A cast to a numeric type or BOOLEAN from a source whose values all convert. */
  private TypedExpr castNumber(DataType to) {
    List<TypedExpr> sources = new ArrayList<>();
    long limit = to == DataType.INT32 ? INT32_LIMIT : INT64_LIMIT;
    for (ColumnInfo c : columns) {
      boolean fits =
          c.type().isNumeric() && c.bound() <= limit
              || c.type() == DataType.BOOLEAN
              || c.numericText() && to != DataType.BOOLEAN;
      if (fits && c.type() != to) {
        sources.add(TypedExpr.of(c));
      }
    }
    if (sources.isEmpty()) {
      return leaf(to);
    }
    TypedExpr source = RandomValues.pick(rnd, sources);
    long bound = source.type() == DataType.BOOLEAN ? 1 : source.bound();
    boolean dyadic = to != DataType.FLOAT64 || source.type() != DataType.FLOAT64 || source.dyadic();
    return new TypedExpr(source.expr().cast(to), to, bound, dyadic);
  }

  private TypedExpr float64(int depth) {
    int k = rnd.nextInt(8);
    if (k < 2) {
      TypedExpr l = value(DataType.FLOAT64, depth - 1);
      TypedExpr r = numeric(depth - 1);
      BinaryOp op = rnd.nextBoolean() ? BinaryOp.ADD : BinaryOp.SUB;
      return rnd.nextBoolean()
          ? arithmetic(op, l, r, DataType.FLOAT64)
          : arithmetic(op, r, l, DataType.FLOAT64);
    } else if (k < 3) {
      // only positive factors: a negative one could turn 0.0 into -0.0
      TypedExpr l = numeric(depth - 1);
      double factor = RandomValues.pick(rnd, List.of(0.5, 0.25, 2.0, 3.0));
      TypedExpr r = new TypedExpr(Expr.lit(factor), DataType.FLOAT64, 3, true);
      return arithmetic(BinaryOp.MUL, l, r, DataType.FLOAT64);
    } else if (k < 5) {
      return divide(depth);
    } else if (k < 7) {
      return castNumber(DataType.FLOAT64);
    }
    return when(DataType.FLOAT64, depth);
  }

  /** True division: by 2, 4, 0.5 or 0 (null) exactly, or by an integer (inexact but stable). */
  private TypedExpr divide(int depth) {
    TypedExpr l = numeric(depth - 1);
    if (l.bound() > FLOAT64_LIMIT) {
      return leaf(DataType.FLOAT64);
    }
    List<ColumnInfo> integers = columns(c -> c.type().isInteger());
    if (!integers.isEmpty() && rnd.nextBoolean()) {
      // 0 / -3 is -0.0, whose ordering and grouping engines disagree on: keep zero numerators 0.0
      Expr quotient = l.expr().div(Expr.col(RandomValues.pick(rnd, integers).name()));
      Expr expr = Expr.when(l.expr().eq(0)).then(0.0).otherwise(quotient);
      return new TypedExpr(expr, DataType.FLOAT64, l.bound(), false);
    }
    Object divisor = RandomValues.pick(rnd, List.of(2, 4L, 0.5, 0));
    long bound = divisor instanceof Double ? l.bound() * 2 : l.bound();
    return new TypedExpr(l.expr().div(divisor), DataType.FLOAT64, bound, l.dyadic());
  }

  private TypedExpr string(int depth) {
    int k = rnd.nextInt(3);
    if (k == 0) {
      return when(DataType.STRING, depth);
    }
    List<DataType> printable =
        List.of(
            DataType.INT32, DataType.INT64, DataType.BOOLEAN, DataType.DATE, DataType.TIMESTAMP);
    DataType from = RandomValues.pick(rnd, printable);
    return TypedExpr.other(value(from, depth - 1).expr().cast(DataType.STRING), DataType.STRING);
  }

  private TypedExpr timestamp(int depth) {
    int k = rnd.nextInt(5);
    if (k < 2) {
      Duration every = RandomValues.pick(rnd, TRUNCATIONS);
      return TypedExpr.other(
          value(DataType.TIMESTAMP, depth - 1).expr().truncate(every), DataType.TIMESTAMP);
    } else if (k < 3) {
      return TypedExpr.other(
          value(DataType.DATE, depth - 1).expr().cast(DataType.TIMESTAMP), DataType.TIMESTAMP);
    } else if (k < 4) {
      // a round trip through the text form
      Expr text = value(DataType.TIMESTAMP, depth - 1).expr().cast(DataType.STRING);
      return TypedExpr.other(text.cast(DataType.TIMESTAMP), DataType.TIMESTAMP);
    }
    return when(DataType.TIMESTAMP, depth);
  }

  private TypedExpr date(int depth) {
    int k = rnd.nextInt(4);
    if (k < 2) {
      return TypedExpr.other(value(DataType.TIMESTAMP, depth - 1).expr().date(), DataType.DATE);
    } else if (k < 3) {
      Expr text = value(DataType.DATE, depth - 1).expr().cast(DataType.STRING);
      return TypedExpr.other(text.cast(DataType.DATE), DataType.DATE);
    }
    return when(DataType.DATE, depth);
  }

  /** {@code when(p).then(v)[.when(p).then(v)].otherwise(v)}; numeric branches may mix types. */
  private TypedExpr when(DataType type, int depth) {
    List<Expr.When.Branch> branches = new ArrayList<>();
    long bound = 0;
    boolean dyadic = true;
    int count = 1 + rnd.nextInt(2);
    for (int i = 0; i <= count; i++) {
      // the last value has the result type itself, so the branches promote to exactly that type
      TypedExpr branch = value(i < count ? branchType(type) : type, depth - 1);
      bound = Math.max(bound, branch.bound());
      dyadic &= branch.dyadic();
      if (i < count) {
        branches.add(new Expr.When.Branch(predicate(depth - 1), branch.expr()));
      } else {
        return new TypedExpr(new Expr.When(branches, branch.expr()), type, bound, dyadic);
      }
    }
    throw new AssertionError();
  }

  /** A branch type that promotes to {@code type}: INT32 branches may join an INT64 result. */
  private DataType branchType(DataType type) {
    if (type == DataType.INT64 && rnd.nextInt(3) == 0) {
      return DataType.INT32;
    }
    return type;
  }

  // ------------------------------------------------------------------ predicates

  /** A BOOLEAN expression; nulls appear wherever an input is null. */
  Expr predicate(int depth) {
    int k = rnd.nextInt(depth > 0 ? 14 : 9);
    return switch (k) {
      case 0, 1, 2 -> comparison(depth);
      case 3 ->
          rnd.nextBoolean() ? any(depth - 1).expr().isNull() : any(depth - 1).expr().isNotNull();
      case 4 -> isIn(depth);
      case 5, 6 ->
          columns(c -> c.type() == DataType.STRING).isEmpty()
              ? comparison(depth)
              : stringMatch(depth);
      case 7 -> bool(0);
      case 8 -> rnd.nextInt(4) == 0 ? constant() : comparison(depth);
      case 9 -> predicate(depth - 1).and(predicate(depth - 1));
      case 10, 11, 12 -> predicate(depth - 1).or(predicate(depth - 1));
      default -> predicate(depth - 1).not();
    };
  }

  /** A BOOLEAN column, else a comparison. */
  private Expr bool(int depth) {
    List<ColumnInfo> booleans = columns(c -> c.type() == DataType.BOOLEAN);
    if (!booleans.isEmpty() && rnd.nextInt(3) > 0) {
      return Expr.col(RandomValues.pick(rnd, booleans).name());
    }
    return depth > 0 ? predicate(depth - 1) : comparison(0);
  }

  /** A constant predicate: true, false or null (the Kleene cases of and/or/not). */
  private Expr constant() {
    return rnd.nextInt(3) == 0 ? Expr.nullLit(DataType.BOOLEAN) : Expr.lit(rnd.nextBoolean());
  }

  private Expr comparison(int depth) {
    // the type of a column, so that at least one side usually reads the data
    ColumnInfo column = columns.isEmpty() ? null : RandomValues.pick(rnd, columns);
    DataType type = column == null ? randomType() : column.type();
    TypedExpr left =
        column != null && rnd.nextInt(10) < 7
            ? TypedExpr.of(column)
            : type.isNumeric() ? numeric(depth - 1) : value(type, depth - 1);
    TypedExpr right;
    if (rnd.nextInt(3) > 0) {
      right = type.isNumeric() ? literal(RandomValues.pick(rnd, numericTypes())) : literal(type);
    } else {
      right = type.isNumeric() ? numeric(depth - 1) : value(type, depth - 1);
    }
    BinaryOp op =
        RandomValues.pick(
            rnd,
            List.of(BinaryOp.EQ, BinaryOp.NE, BinaryOp.LT, BinaryOp.LE, BinaryOp.GT, BinaryOp.GE));
    return rnd.nextBoolean()
        ? new Expr.Binary(op, left.expr(), right.expr())
        : new Expr.Binary(op, right.expr(), left.expr());
  }

  private static List<DataType> numericTypes() {
    return List.of(DataType.INT32, DataType.INT64, DataType.FLOAT64);
  }

  private Expr isIn(int depth) {
    DataType type = randomType();
    Expr input = value(type, depth - 1).expr();
    int count = rnd.nextInt(30) == 0 ? 0 : 1 + rnd.nextInt(3);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // numbers may mix: an INT64 column tested against 2, 2L and 2.0 alike
      DataType valueType = type.isNumeric() ? RandomValues.pick(rnd, numericTypes()) : type;
      values.add(RandomValues.value(rnd, valueType, rnd.nextInt(4) == 0));
    }
    return input.isIn(values);
  }

  private Expr stringMatch(int depth) {
    Expr input = value(DataType.STRING, depth - 1).expr();
    StringOp op = RandomValues.pick(rnd, List.of(StringOp.values()));
    String pattern =
        op == StringOp.MATCHES
            ? RandomValues.pick(rnd, REGEXES)
            : RandomValues.pick(rnd, SUBSTRINGS);
    return new Expr.StringMatch(op, input, pattern, rnd.nextInt(3) == 0);
  }

  // ------------------------------------------------------------------ helpers

  /** The usable columns that satisfy a condition. */
  List<ColumnInfo> columns(Predicate<ColumnInfo> condition) {
    return columns.stream().filter(condition).toList();
  }
}
