package dev.frameports.duckdb;

import static dev.frameports.duckdb.DuckDbDialect.ORD;
import static dev.frameports.duckdb.DuckDbDialect.quote;

import dev.frameports.frame.Expr;
import dev.frameports.frame.Field;
import dev.frameports.frame.JoinType;
import dev.frameports.frame.Keep;
import dev.frameports.frame.PlanException;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SortKey;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.plan.PlanSchemas;
import dev.frameports.frame.source.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compiles a plan into one SQL statement: a {@code WITH} clause holding one named relation per plan
 * node, then a final {@code SELECT}.
 *
 * <p>SQL has no row order, the API does. So every relation carries a hidden BIGINT column {@link
 * DuckDbDialect#ORD}, unique within the relation, that defines its order: scans number their rows,
 * order-keeping verbs pass it through, sort and concat renumber with {@code row_number()}, and the
 * final {@code SELECT} orders by it and drops it. Aggregates and joins, whose order is unspecified,
 * still get a deterministic one so that later verbs ({@code limit}, {@code first}) are repeatable.
 */
final class DuckDbSqlCompiler implements Plan.Visitor<SqlQuery> {

  /** Where scans come from: a relation with {@link DuckDbDialect#ORD} and the source's columns. */
  interface Sources {
    SqlQuery relation(Source source, Schema schema);
  }

  /** The hidden order column, quoted. */
  private static final String ORDER = quote(ORD);

  /** Which input of a concat a row comes from, quoted. */
  private static final String INPUT = quote(DuckDbDialect.RESERVED_PREFIX + "input");

  private final PlanSchemas schemas;
  private final Sources sources;
  private final Map<Plan, String> names = new IdentityHashMap<>();
  private final List<SqlQuery> relations = new ArrayList<>();

  private DuckDbSqlCompiler(PlanSchemas schemas, Sources sources) {
    this.schemas = schemas;
    this.sources = sources;
  }

  /**
   * The statement returning the plan's rows in order, its columns named and typed as {@code
   * schemas.schemaOf(plan)}.
   *
   * @throws PlanException for an invalid plan or a column name the backend reserves
   */
  static SqlQuery compile(Plan plan, PlanSchemas schemas, Sources sources) {
    DuckDbSqlCompiler compiler = new DuckDbSqlCompiler(schemas, sources);
    String last = compiler.relation(plan);
    List<String> columns = schemas.schemaOf(plan).names();
    // a frame without columns still has rows: select the hidden column, the reader ignores it
    String select = columns.isEmpty() ? ORDER : list(columns);
    return SqlQuery.concat(
        "WITH ",
        SqlQuery.join(",\n", compiler.relations),
        "\nSELECT %s FROM %s ORDER BY %s".formatted(select, last, ORDER));
  }

  /** The name of the relation computing {@code plan}, compiling it (once per node) if needed. */
  private String relation(Plan plan) {
    String known = names.get(plan);
    if (known != null) {
      return known;
    }
    checkReservedNames(schemas.schemaOf(plan));
    SqlQuery body = plan.accept(this);
    String name = quote("q" + (relations.size() + 1));
    // bodies lay themselves out with "\n  ": identifiers may hold line breaks, so no re-indenting
    relations.add(SqlQuery.concat(name + " AS (\n  ", body, "\n)"));
    names.put(plan, name);
    return name;
  }

  private static void checkReservedNames(Schema schema) {
    for (String name : schema.names()) {
      if (name.startsWith(DuckDbDialect.RESERVED_PREFIX)) {
        throw new PlanException(
            "column name '%s' is reserved: the DuckDB backend uses the prefix %s for hidden columns"
                .formatted(name, DuckDbDialect.RESERVED_PREFIX));
      }
    }
  }

  @Override
  public SqlQuery visitScan(Plan.Scan scan) {
    return sources.relation(scan.source(), schemas.schemaOf(scan));
  }

  @Override
  public SqlQuery visitFilter(Plan.Filter filter) {
    String input = relation(filter.input());
    SqlQuery predicate = expressions(filter.input()).compile(filter.predicate());
    return SqlQuery.concat("SELECT * FROM " + input + " WHERE ", predicate);
  }

  @Override
  public SqlQuery visitSelect(Plan.Select select) {
    String input = relation(select.input());
    DuckDbExprCompiler exprs = expressions(select.input());
    List<SqlQuery> items = new ArrayList<>(List.of(SqlQuery.of(ORDER)));
    for (Expr expr : select.exprs()) {
      items.add(named(exprs.compile(expr), expr.outputName()));
    }
    return SqlQuery.concat("SELECT ", SqlQuery.join(", ", items), " FROM " + input);
  }

  @Override
  public SqlQuery visitWithColumns(Plan.WithColumns withColumns) {
    String input = relation(withColumns.input());
    DuckDbExprCompiler exprs = expressions(withColumns.input());
    Map<String, Expr> computed = new HashMap<>();
    withColumns.exprs().forEach(e -> computed.put(e.outputName(), e));
    List<SqlQuery> items = new ArrayList<>(List.of(SqlQuery.of(ORDER)));
    for (String name : schemas.schemaOf(withColumns).names()) {
      Expr expr = computed.get(name);
      items.add(expr == null ? SqlQuery.of(quote(name)) : named(exprs.compile(expr), name));
    }
    return SqlQuery.concat("SELECT ", SqlQuery.join(", ", items), " FROM " + input);
  }

  private static SqlQuery named(SqlQuery expr, String name) {
    return SqlQuery.concat(expr, " AS " + quote(name));
  }

  @Override
  public SqlQuery visitWithRowIndex(Plan.WithRowIndex withRowIndex) {
    String input = relation(withRowIndex.input());
    List<String> columns = new ArrayList<>(List.of(ORD));
    columns.addAll(schemas.schemaOf(withRowIndex.input()).names());
    return SqlQuery.of(
        "SELECT (row_number() OVER (ORDER BY %s) - 1) AS %s, %s FROM %s"
            .formatted(ORDER, quote(withRowIndex.name()), list(columns), input));
  }

  @Override
  public SqlQuery visitAggregate(Plan.Aggregate aggregate) {
    String input = relation(aggregate.input());
    DuckDbExprCompiler exprs = expressions(aggregate.input());
    List<SqlQuery> items = new ArrayList<>();
    aggregate.keys().forEach(key -> items.add(SqlQuery.of(quote(key))));
    for (Expr agg : aggregate.aggs()) {
      items.add(named(exprs.compile(agg), agg.outputName()));
    }
    if (aggregate.keys().isEmpty()) {
      // a global aggregate is one row, even on empty input
      items.add(SqlQuery.of("CAST(0 AS BIGINT) AS " + ORDER));
      return SqlQuery.concat("SELECT ", SqlQuery.join(", ", items), " FROM " + input);
    }
    // groups in order of first appearance: deterministic, though not promised
    items.add(SqlQuery.of("min(%s) AS %s".formatted(ORDER, ORDER)));
    return SqlQuery.concat(
        "SELECT ",
        SqlQuery.join(", ", items),
        " FROM %s GROUP BY %s".formatted(input, list(aggregate.keys())));
  }

  @Override
  public SqlQuery visitSort(Plan.Sort sort) {
    String input = relation(sort.input());
    String keys =
        sort.keys().stream().map(DuckDbSqlCompiler::sortKey).collect(Collectors.joining(", "));
    // the old order as the last key makes the sort stable
    return SqlQuery.of(
        "SELECT %s, row_number() OVER (ORDER BY %s, %s) AS %s FROM %s"
            .formatted(list(schemas.schemaOf(sort).names()), keys, ORDER, ORDER, input));
  }

  private static String sortKey(SortKey key) {
    return quote(key.column())
        + (key.descending() ? " DESC" : " ASC")
        + (key.nullsLast() ? " NULLS LAST" : " NULLS FIRST");
  }

  @Override
  public SqlQuery visitUnique(Plan.Unique unique) {
    String input = relation(unique.input());
    List<String> subset =
        unique.subset().isEmpty() ? schemas.schemaOf(unique).names() : unique.subset();
    String partition = subset.isEmpty() ? "" : "PARTITION BY " + list(subset) + " ";
    String direction = unique.keep() == Keep.LAST ? " DESC" : "";
    // PARTITION BY puts nulls together, as the API wants; survivors keep their order
    return SqlQuery.of(
        "SELECT * FROM %s QUALIFY row_number() OVER (%sORDER BY %s%s) = 1"
            .formatted(input, partition, ORDER, direction));
  }

  @Override
  public SqlQuery visitJoin(Plan.Join join) {
    String left = relation(join.left());
    String right = relation(join.right());
    List<String> conditions = new ArrayList<>();
    for (int i = 0; i < join.leftOn().size(); i++) {
      // '=' never matches nulls, as the API wants
      conditions.add(
          "l.%s = r.%s".formatted(quote(join.leftOn().get(i)), quote(join.rightOn().get(i))));
    }
    String on = String.join(" AND ", conditions);
    if (join.type() == JoinType.SEMI || join.type() == JoinType.ANTI) {
      String not = join.type() == JoinType.ANTI ? "NOT " : "";
      return SqlQuery.of(
          "SELECT * FROM %s AS l WHERE %sEXISTS (SELECT 1 FROM %s AS r WHERE %s)"
              .formatted(left, not, right, on));
    }
    Schema leftSchema = schemas.schemaOf(join.left());
    List<Field> output = schemas.schemaOf(join).fields();
    List<String> columns = new ArrayList<>();
    leftSchema.names().forEach(n -> columns.add("l." + quote(n)));
    Set<String> rightKeys = new HashSet<>(join.rightOn());
    int position = leftSchema.size();
    for (String name : schemas.schemaOf(join.right()).names()) {
      if (!rightKeys.contains(name)) {
        columns.add("r.%s AS %s".formatted(quote(name), quote(output.get(position++).name())));
      }
    }
    String type = join.type() == JoinType.LEFT ? "LEFT" : "INNER";
    return SqlQuery.of(
        "SELECT %s,\n    row_number() OVER (ORDER BY l.%s, r.%s) AS %s\n  FROM %s AS l %s JOIN %s AS r ON %s"
            .formatted(String.join(", ", columns), ORDER, ORDER, ORDER, left, type, right, on));
  }

  @Override
  public SqlQuery visitConcat(Plan.Concat concat) {
    List<String> names = schemas.schemaOf(concat).names();
    List<String> columns = new ArrayList<>(List.of(ORD));
    columns.addAll(names);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < concat.inputs().size(); i++) {
      String input = relation(concat.inputs().get(i));
      inputs.add("SELECT %d AS %s, %s FROM %s".formatted(i, INPUT, list(columns), input));
    }
    String kept = names.isEmpty() ? "" : list(names) + ", ";
    return SqlQuery.of(
        "SELECT %srow_number() OVER (ORDER BY %s, %s) AS %s FROM (\n    %s\n  )"
            .formatted(kept, INPUT, ORDER, ORDER, String.join("\n    UNION ALL\n    ", inputs)));
  }

  @Override
  public SqlQuery visitLimit(Plan.Limit limit) {
    String input = relation(limit.input());
    return SqlQuery.param(
        "SELECT * FROM %s ORDER BY %s LIMIT ?".formatted(input, ORDER), limit.n());
  }

  private DuckDbExprCompiler expressions(Plan input) {
    return new DuckDbExprCompiler(schemas.schemaOf(input));
  }

  /** The names quoted and joined by commas. */
  private static String list(List<String> names) {
    return names.stream().map(DuckDbDialect::quote).collect(Collectors.joining(", "));
  }
}
