package dev.frameports.duckdb;

import static dev.frameports.duckdb.DuckDbDialect.quote;
import static dev.frameports.duckdb.DuckDbDialect.typeName;

import dev.frameports.frame.BinaryOp;
import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.ExprTypes;
import dev.frameports.frame.Schema;
import dev.frameports.frame.StringOp;
import dev.frameports.frame.TimestampText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles an {@link Expr} over a relation with the given schema into SQL text. Every operand is
 * parenthesised, every column quoted, every literal a typed {@code ?} parameter, so no value ever
 * becomes SQL text. The output keeps the frameports result type exactly (see {@link
 * DuckDbDialect#typeName}): DuckDB already keeps INTEGER op INTEGER as INTEGER and raises on
 * overflow; where its rules differ (division, sums, casts) the SQL says so explicitly.
 */
final class DuckDbExprCompiler implements Expr.Visitor<SqlQuery> {
  private final Schema schema;

  DuckDbExprCompiler(Schema schema) {
    this.schema = schema;
  }

  /** The SQL of {@code expr}, aliases dropped (the caller names the column). */
  SqlQuery compile(Expr expr) {
    return expr.accept(this);
  }

  @Override
  public SqlQuery visitCol(Expr.Col col) {
    schema.field(col.name()); // a clear PlanException rather than a binder error
    return SqlQuery.of(quote(col.name()));
  }

  @Override
  public SqlQuery visitLit(Expr.Lit lit) {
    return literal(lit.value(), lit.type());
  }

  /** A typed literal: the CAST fixes the parameter's type, whatever the context. */
  static SqlQuery literal(Object value, DataType type) {
    if (value == null) {
      return SqlQuery.of("CAST(NULL AS " + typeName(type) + ")");
    }
    // timestamps and dates travel as exact numbers: no text form, no time zone on the way
    if (value instanceof LocalDateTime ts) {
      return SqlQuery.param("make_timestamp(CAST(? AS BIGINT))", TimestampText.toEpochMicros(ts));
    }
    if (value instanceof LocalDate date) {
      return SqlQuery.param(
          "(DATE '1970-01-01' + CAST(? AS INTEGER))", Math.toIntExact(date.toEpochDay()));
    }
    return SqlQuery.param("CAST(? AS " + typeName(type) + ")", value);
  }

  @Override
  public SqlQuery visitBinary(Expr.Binary binary) {
    SqlQuery left = compile(binary.left());
    SqlQuery right = compile(binary.right());
    if (binary.op() == BinaryOp.DIV) {
      // true division; x/0 is null (DuckDB would give Infinity or NaN)
      return SqlQuery.concat(
          "(CAST(", left, " AS DOUBLE) / NULLIF(CAST(", right, " AS DOUBLE), 0))");
    }
    return SqlQuery.concat("(", left, " " + binary.op().symbol() + " ", right, ")");
  }

  @Override
  public SqlQuery visitNot(Expr.Not not) {
    return SqlQuery.concat("(NOT ", compile(not.input()), ")");
  }

  @Override
  public SqlQuery visitIsNull(Expr.IsNull isNull) {
    return SqlQuery.concat("(", compile(isNull.input()), " IS NULL)");
  }

  @Override
  public SqlQuery visitIsIn(Expr.IsIn isIn) {
    SqlQuery input = compile(isIn.input());
    if (isIn.values().isEmpty()) {
      return SqlQuery.concat("(CASE WHEN ", input, " IS NULL THEN NULL ELSE false END)");
    }
    List<SqlQuery> values = new ArrayList<>();
    for (Object value : isIn.values()) {
      values.add(compile(Expr.lit(value)));
    }
    return SqlQuery.concat("(", input, " IN (", SqlQuery.join(", ", values), "))");
  }

  @Override
  public SqlQuery visitStringMatch(Expr.StringMatch match) {
    SqlQuery input = compile(match.input());
    SqlQuery pattern = SqlQuery.param("CAST(? AS VARCHAR)", match.pattern());
    if (match.ignoreCase() && match.op() != StringOp.MATCHES) {
      input = SqlQuery.concat("lower(", input, ")");
      pattern = SqlQuery.concat("lower(", pattern, ")");
    }
    // literal functions, never LIKE: '%' and '_' in a pattern are ordinary characters
    return switch (match.op()) {
      case CONTAINS -> SqlQuery.concat("contains(", input, ", ", pattern, ")");
      case STARTS_WITH -> SqlQuery.concat("starts_with(", input, ", ", pattern, ")");
      case ENDS_WITH -> SqlQuery.concat("ends_with(", input, ", ", pattern, ")");
      case MATCHES ->
          SqlQuery.concat(
              "regexp_matches(", input, ", ", pattern, match.ignoreCase() ? ", 'i')" : ")");
    };
  }

  @Override
  public SqlQuery visitWhen(Expr.When when) {
    List<Object> parts = new ArrayList<>();
    parts.add("(CASE");
    for (Expr.When.Branch branch : when.branches()) {
      parts.add(" WHEN ");
      parts.add(compile(branch.condition()));
      parts.add(" THEN ");
      parts.add(compile(branch.value()));
    }
    parts.add(" ELSE ");
    parts.add(compile(when.otherwise()));
    parts.add(" END)");
    return SqlQuery.concat(parts.toArray());
  }

  @Override
  public SqlQuery visitCast(Expr.Cast cast) {
    DataType from = ExprTypes.scalarType(cast.input(), schema);
    return cast(compile(cast.input()), from, cast.to());
  }

  /** The conversions of the {@link Expr.Cast} table, exactly. */
  static SqlQuery cast(SqlQuery input, DataType from, DataType to) {
    if (from == to) {
      return input;
    }
    if (from == DataType.STRING) {
      return SqlQuery.concat(DuckDbDialect.parseFunction(to) + "(", input, ")");
    }
    if (to == DataType.STRING && from == DataType.TIMESTAMP) {
      return SqlQuery.concat(DuckDbDialect.TIMESTAMP_TEXT + "(", input, ")");
    }
    if (to == DataType.BOOLEAN) {
      return SqlQuery.concat("(", input, " <> 0)");
    }
    if (from == DataType.FLOAT64 && to.isInteger()) {
      // CAST rounds; the contract truncates toward zero (and still fails out of range)
      return SqlQuery.concat("CAST(trunc(", input, ") AS " + typeName(to) + ")");
    }
    return SqlQuery.concat("CAST(", input, " AS " + typeName(to) + ")");
  }

  @Override
  public SqlQuery visitTruncate(Expr.Truncate truncate) {
    return SqlQuery.concat(
        DuckDbDialect.TRUNCATE + "(",
        compile(truncate.input()),
        ", ",
        SqlQuery.param("CAST(? AS BIGINT)", truncate.everyMicros()),
        ")");
  }

  @Override
  public SqlQuery visitAlias(Expr.Alias alias) {
    return compile(alias.input());
  }

  @Override
  public SqlQuery visitAgg(Expr.Agg agg) {
    SqlQuery input = compile(agg.input());
    return switch (agg.fn()) {
      case COUNT -> SqlQuery.concat("count(", input, ")");
      case N_UNIQUE -> SqlQuery.concat("count(DISTINCT ", input, ")");
      case MEAN -> SqlQuery.concat("avg(", input, ")");
      case MIN -> SqlQuery.concat("min(", input, ")");
      case MAX -> SqlQuery.concat("max(", input, ")");
      // DuckDB sums integers into HUGEINT: the cast back fails when the sum leaves INT64
      case SUM ->
          ExprTypes.scalarType(agg.input(), schema) == DataType.FLOAT64
              ? SqlQuery.concat("sum(", input, ")")
              : SqlQuery.concat("CAST(sum(", input, ") AS BIGINT)");
      // first() keeps a null first value, ordered by the hidden row order
      case FIRST -> SqlQuery.concat("first(", input, " ORDER BY " + quote(DuckDbDialect.ORD) + ")");
    };
  }

  @Override
  public SqlQuery visitLen(Expr.Len len) {
    return SqlQuery.of("count(*)");
  }
}
