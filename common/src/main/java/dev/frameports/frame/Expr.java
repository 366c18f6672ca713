package dev.frameports.frame;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column expression: an immutable tree of records, built with static factories ({@link #col},
 * {@link #lit}, {@link #when}) and fluent methods ({@code col("State").eq("Claimed")}). An {@code
 * Expr} is data: backends interpret it, it never evaluates itself. Records give structural {@code
 * equals}; the predicate builders are {@link #eq}/{@link #ne}, never {@code equals}.
 *
 * <h2>Null semantics (SQL/Polars; every backend, enforced by the contract kit)</h2>
 *
 * <ul>
 *   <li>Arithmetic, comparisons, {@link #isIn}, string predicates and casts of a null are null.
 *   <li>{@code and}/{@code or} use three-valued (Kleene) logic: {@code false and null} is false,
 *       {@code true or null} is true, otherwise a null operand gives null. {@code not null} is
 *       null.
 *   <li>{@link #isNull()} and {@link #isNotNull()} are never null.
 *   <li>{@code filter} keeps a row only when its predicate is true (null drops the row); a {@code
 *       when} branch whose condition is null is not taken.
 *   <li>{@link #count()}, {@link #sum()}, {@link #mean()}, {@link #min()}, {@link #max()} and
 *       {@link #nUnique()} skip nulls; {@link #len()} counts rows. {@code sum}, {@code mean},
 *       {@code min} and {@code max} of no non-null value are null; {@code count} and {@code
 *       nUnique} are then 0. {@link #first()} is the first row's value in input order, null
 *       included.
 *   <li>Joins never match null keys.
 *   <li>Domain code that needs pandas behaviour (where {@code NULL != ""} is true) writes it out:
 *       {@code col("pp").isNull().or(col("pp").ne(""))}.
 * </ul>
 *
 * <h2>Types</h2>
 *
 * <ul>
 *   <li>{@code + - *} on integers stay integers (INT32 with INT32 is INT32, with INT64 is INT64);
 *       overflow is an {@link EvaluationException}. With a FLOAT64 operand the result is FLOAT64.
 *   <li>{@code /} is true division and always FLOAT64; division by zero gives null.
 *   <li>Comparisons need two numeric operands or two of the same type. Strings compare by Unicode
 *       code point, booleans {@code false < true}.
 *   <li>{@link #cast} follows the table in {@link Cast}; a value that does not convert is an {@link
 *       EvaluationException}.
 * </ul>
 *
 * <h2>Output names</h2>
 *
 * A column gets the name of its expression's {@link #outputName()}: the alias, else the column the
 * expression starts from (the left operand for binary operators), {@code "literal"} for a literal
 * and {@code "len"} for {@link #len()}.
 *
 * <p>This file is longer than the house target on purpose: the sealed hierarchy's records are
 * nested here, beside the fluent builders that make them, so the whole expression language reads in
 * one place.
 */
public sealed interface Expr {

  /** A reference to an input column by exact name. */
  record Col(String name) implements Expr {
    public Col {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCol(this);
    }
  }

  /** A constant; {@code value} is null or an instance of {@code type.javaClass()}. */
  record Lit(@Nullable Object value, DataType type) implements Expr {
    public Lit {
      Objects.requireNonNull(type, "type");
      if (value != null && !type.javaClass().isInstance(value)) {
        throw new IllegalArgumentException("literal " + value + " is not a " + type);
      }
      if (value instanceof LocalDateTime ts) {
        value = ts.truncatedTo(ChronoUnit.MICROS);
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLit(this);
    }
  }

  /** A binary operator; see {@link BinaryOp} for the operand types. */
  record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
    public Binary {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBinary(this);
    }
  }

  /** Boolean negation; null stays null. */
  record Not(Expr input) implements Expr {
    public Not {
      Objects.requireNonNull(input, "input");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNot(this);
    }
  }

  /** True when the input is null; never null itself. */
  record IsNull(Expr input) implements Expr {
    public IsNull {
      Objects.requireNonNull(input, "input");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitIsNull(this);
    }
  }

  /**
   * Membership in a list of non-null constants of the input's type (numbers may mix). Null input
   * gives null; otherwise true or false.
   */
  record IsIn(Expr input, List<Object> values) implements Expr {
    public IsIn {
      Objects.requireNonNull(input, "input");
      values = List.copyOf(values); // rejects null elements, as documented
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitIsIn(this);
    }
  }

  /**
   * A string predicate with a constant pattern. {@link StringOp#MATCHES} is a regular-expression
   * search (a match anywhere, like Python's {@code re.search}) in the syntax common to Java and
   * RE2: no back-references, no look-around. With {@code ignoreCase}, the literal predicates fold
   * both sides with {@code toLowerCase(Locale.ROOT)}; {@code MATCHES} matches with the
   * case-insensitive flag ({@code (?i)}, Unicode-aware) and never rewrites the pattern text.
   */
  record StringMatch(StringOp op, Expr input, String pattern, boolean ignoreCase) implements Expr {
    public StringMatch {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitStringMatch(this);
    }
  }

  /**
   * {@code when(c1).then(v1).when(c2).then(v2).otherwise(v)}: the value of the first branch whose
   * condition is true (null counts as not true), else {@code otherwise}.
   */
  record When(List<Branch> branches, Expr otherwise) implements Expr {
    public When {
      branches = List.copyOf(branches);
      Objects.requireNonNull(otherwise, "otherwise");
      if (branches.isEmpty()) {
        throw new IllegalArgumentException("when needs at least one branch");
      }
    }

    /** One {@code when(condition).then(value)} pair. */
    public record Branch(Expr condition, Expr value) {
      public Branch {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(value, "value");
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWhen(this);
    }
  }

  /**
   * A type conversion. Allowed conversions (anything else is a {@link PlanException}):
   *
   * <ul>
   *   <li>between INT32, INT64 and FLOAT64: FLOAT64 to an integer truncates toward zero; a value
   *       out of the target's range is an error;
   *   <li>BOOLEAN to a number (1/0) and to STRING ({@code true}/{@code false}); numbers to BOOLEAN
   *       (non-zero is true);
   *   <li>integers, BOOLEAN, DATE and TIMESTAMP to STRING: decimal digits; {@code yyyy-MM-dd};
   *       {@code yyyy-MM-dd HH:mm:ss} plus {@code .ffffff} (always six digits) when the
   *       microseconds are not zero. FLOAT64 to STRING is not allowed: engines format floats
   *       differently;
   *   <li>STRING to INT32/INT64/FLOAT64 (decimal text, surrounding blanks ignored), BOOLEAN ({@code
   *       true}/{@code false}, any case), DATE ({@code yyyy-MM-dd}) and TIMESTAMP ({@code
   *       yyyy-MM-dd HH:mm:ss} with 0-6 fraction digits, space or {@code T}); text that does not
   *       parse is an error;
   *   <li>TIMESTAMP to DATE (the calendar day) and DATE to TIMESTAMP (midnight).
   * </ul>
   */
  record Cast(Expr input, DataType to) implements Expr {
    public Cast {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCast(this);
    }
  }

  /**
   * Floors a TIMESTAMP to a multiple of {@code every} counted from 1970-01-01 00:00 (naive wall
   * clock, no zone): {@code floorDiv(micros, everyMicros) * everyMicros}, so times before 1970
   * round down too. {@code every} is positive and a whole number of microseconds.
   */
  record Truncate(Expr input, Duration every) implements Expr {
    public Truncate {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(every, "every");
      if (every.isNegative() || every.isZero() || every.getNano() % 1000 != 0) {
        throw new IllegalArgumentException(
            "truncate needs a positive whole number of microseconds, got " + every);
      }
    }

    /** {@code every} in microseconds. */
    public long everyMicros() {
      return every.getSeconds() * 1_000_000L + every.getNano() / 1000;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitTruncate(this);
    }
  }

  /** Renames the input's output column. */
  record Alias(Expr input, String name) implements Expr {
    public Alias {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAlias(this);
    }
  }

  /**
   * An aggregate over the rows of a group; valid only in {@code groupBy(..).agg(..)}, at the top of
   * an expression (under an optional alias), with a non-aggregate input.
   */
  record Agg(AggFn fn, Expr input) implements Expr {
    public Agg {
      Objects.requireNonNull(fn, "fn");
      Objects.requireNonNull(input, "input");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAgg(this);
    }
  }

  /** The number of rows of the group, as INT64 (SQL {@code COUNT(*)}, Polars {@code pl.len()}). */
  record Len() implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLen(this);
    }
  }

  /**
   * One method per node: adding a node breaks every backend's compile, which is the point (pattern
   * {@code switch} is a preview feature on Java 17).
   */
  interface Visitor<R> {
    R visitCol(Col col);

    R visitLit(Lit lit);

    R visitBinary(Binary binary);

    R visitNot(Not not);

    R visitIsNull(IsNull isNull);

    R visitIsIn(IsIn isIn);

    R visitStringMatch(StringMatch match);

    R visitWhen(When when);

    R visitCast(Cast cast);

    R visitTruncate(Truncate truncate);

    R visitAlias(Alias alias);

    R visitAgg(Agg agg);

    R visitLen(Len len);
  }

  /** Double dispatch into a {@link Visitor}. */
  <R> R accept(Visitor<R> visitor);

  // ---------------------------------------------------------------- factories

  /** A reference to the column named {@code name}. */
  static Expr col(String name) {
    return new Col(name);
  }

  /**
   * A non-null constant. {@code Float}, {@code Short} and {@code Byte} widen to FLOAT64 and INT32;
   * a {@code LocalDateTime} is truncated to microseconds.
   *
   * @throws IllegalArgumentException for null (use {@link #nullLit}) or an unsupported class
   */
  static Expr lit(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("lit(null) has no type; use Expr.nullLit(type)");
    }
    if (value instanceof Expr expr) {
      return expr;
    }
    if (value instanceof Float f) {
      return new Lit(f.doubleValue(), DataType.FLOAT64);
    }
    if (value instanceof Short || value instanceof Byte) {
      return new Lit(((Number) value).intValue(), DataType.INT32);
    }
    return new Lit(value, DataType.of(value));
  }

  /** A null of the given type. */
  static Expr nullLit(DataType type) {
    return new Lit(null, type);
  }

  /** The number of rows of the group (INT64, output name {@code "len"}). */
  static Expr len() {
    return new Len();
  }

  /** Starts {@code when(condition).then(value)...otherwise(value)}. */
  static WhenChain when(Expr condition) {
    return WhenChain.start(condition);
  }

  /** The conjunction of all predicates (Kleene logic); at least one. */
  static Expr all(Expr first, Expr... rest) {
    Expr result = first;
    for (Expr next : rest) {
      result = result.and(next);
    }
    return result;
  }

  // ---------------------------------------------------------------- fluent operators

  default Expr add(Object other) {
    return new Binary(BinaryOp.ADD, this, lit(other));
  }

  default Expr sub(Object other) {
    return new Binary(BinaryOp.SUB, this, lit(other));
  }

  default Expr mul(Object other) {
    return new Binary(BinaryOp.MUL, this, lit(other));
  }

  /** True division: always FLOAT64, null when the divisor is zero. */
  default Expr div(Object other) {
    return new Binary(BinaryOp.DIV, this, lit(other));
  }

  /** {@code this = other}; null if either side is null. */
  default Expr eq(Object other) {
    return new Binary(BinaryOp.EQ, this, lit(other));
  }

  /** {@code this <> other}; null if either side is null (not pandas' {@code !=}). */
  default Expr ne(Object other) {
    return new Binary(BinaryOp.NE, this, lit(other));
  }

  default Expr lt(Object other) {
    return new Binary(BinaryOp.LT, this, lit(other));
  }

  default Expr le(Object other) {
    return new Binary(BinaryOp.LE, this, lit(other));
  }

  default Expr gt(Object other) {
    return new Binary(BinaryOp.GT, this, lit(other));
  }

  default Expr ge(Object other) {
    return new Binary(BinaryOp.GE, this, lit(other));
  }

  default Expr and(Expr other) {
    return new Binary(BinaryOp.AND, this, other);
  }

  default Expr or(Expr other) {
    return new Binary(BinaryOp.OR, this, other);
  }

  default Expr not() {
    return new Not(this);
  }

  default Expr isNull() {
    return new IsNull(this);
  }

  default Expr isNotNull() {
    return new Not(new IsNull(this));
  }

  /** Membership in non-null constants; see {@link IsIn}. */
  default Expr isIn(Object... values) {
    return new IsIn(this, Arrays.asList(values));
  }

  /** Membership in non-null constants; see {@link IsIn}. */
  default Expr isIn(List<?> values) {
    return new IsIn(this, new ArrayList<>(values));
  }

  /** Literal (not regex) substring test, case-sensitive. */
  default Expr contains(String substring) {
    return new StringMatch(StringOp.CONTAINS, this, substring, false);
  }

  /** Literal (not regex) substring test. */
  default Expr contains(String substring, boolean ignoreCase) {
    return new StringMatch(StringOp.CONTAINS, this, substring, ignoreCase);
  }

  default Expr startsWith(String prefix) {
    return new StringMatch(StringOp.STARTS_WITH, this, prefix, false);
  }

  default Expr endsWith(String suffix) {
    return new StringMatch(StringOp.ENDS_WITH, this, suffix, false);
  }

  /** Regular-expression search, case-sensitive; see {@link StringMatch}. */
  default Expr matches(String regex) {
    return new StringMatch(StringOp.MATCHES, this, regex, false);
  }

  /** Regular-expression search; see {@link StringMatch}. */
  default Expr matches(String regex, boolean ignoreCase) {
    return new StringMatch(StringOp.MATCHES, this, regex, ignoreCase);
  }

  /** Converts to another type; see {@link Cast}. */
  default Expr cast(DataType to) {
    return new Cast(this, to);
  }

  /** Epoch-aligned floor of a TIMESTAMP; see {@link Truncate}. */
  default Expr truncate(Duration every) {
    return new Truncate(this, every);
  }

  /** The calendar day of a TIMESTAMP (a cast to DATE). */
  default Expr date() {
    return new Cast(this, DataType.DATE);
  }

  default Expr alias(String name) {
    return new Alias(this, name);
  }

  // ---------------------------------------------------------------- aggregates

  /** Number of non-null values (INT64). */
  default Expr count() {
    return new Agg(AggFn.COUNT, this);
  }

  /** Sum of non-null values: INT64 for integers, FLOAT64 for floats; null when none. */
  default Expr sum() {
    return new Agg(AggFn.SUM, this);
  }

  /** Mean of non-null values as FLOAT64; null when none. */
  default Expr mean() {
    return new Agg(AggFn.MEAN, this);
  }

  default Expr min() {
    return new Agg(AggFn.MIN, this);
  }

  default Expr max() {
    return new Agg(AggFn.MAX, this);
  }

  /** Number of distinct non-null values (INT64). */
  default Expr nUnique() {
    return new Agg(AggFn.N_UNIQUE, this);
  }

  /** The value of the group's first row in input order, null included. */
  default Expr first() {
    return new Agg(AggFn.FIRST, this);
  }

  // ---------------------------------------------------------------- introspection

  /** The name of the column this expression produces; see the class comment. */
  default String outputName() {
    return ExprNames.outputName(this);
  }

  /** True when this expression contains an {@link Agg} or {@link Len} anywhere. */
  default boolean isAggregate() {
    return ExprNames.containsAggregate(this);
  }
}
