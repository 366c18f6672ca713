package dev.frameports.duckdb;

import static dev.frameports.frame.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Keep;
import dev.frameports.frame.PlanException;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SortKey;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.plan.PlanSchemas;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.source.SourceSchemas;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DuckDbSqlCompiler")
class DuckDbSqlCompilerTest {
  private static final Schema PEOPLE =
      Schema.of(Field.of("a\"b", DataType.STRING), Field.of("n", DataType.INT64));

  private static final String SCAN =
      "WITH \"q1\" AS (\n"
          + "  SELECT rowid AS \"__fp_ord\", \"a\"\"b\", \"n\" FROM temp.main.\"__fp_src_1\"\n"
          + "),\n";

  /** Compiles without a database: every scan reads table {@code __fp_src_1}. */
  private static SqlQuery compile(Plan plan) {
    PlanSchemas schemas = new PlanSchemas(source -> SourceSchemas.of(source).orElseThrow());
    return DuckDbSqlCompiler.compile(
        plan,
        schemas,
        (source, schema) -> SqlQuery.of(DuckDbSourceLoader.scan("__fp_src_1", schema)));
  }

  private static Plan people() {
    return new Plan.Scan(Source.of(Frame.empty(PEOPLE)));
  }

  @Test
  @DisplayName("quotes identifiers and binds string literals as parameters")
  void quotesIdentifiersAndBindsLiterals() {
    Plan plan = new Plan.Filter(people(), col("a\"b").eq("O'Brien").and(col("n").gt(1L)));

    SqlQuery query = compile(plan);

    assertThat(query.sql())
        .isEqualTo(
            SCAN
                + "\"q2\" AS (\n"
                + "  SELECT * FROM \"q1\" WHERE ((\"a\"\"b\" = CAST(? AS VARCHAR))"
                + " AND (\"n\" > CAST(? AS BIGINT)))\n"
                + ")\n"
                + "SELECT \"a\"\"b\", \"n\" FROM \"q2\" ORDER BY \"__fp_ord\"");
    assertThat(query.params()).containsExactly("O'Brien", 1L);
  }

  @Test
  @DisplayName("parenthesises every operand and keeps parameters in text order")
  void parenthesisesOperands() {
    Plan plan =
        new Plan.Select(
            people(),
            List.of(
                col("n").add(2L).mul(col("n")).alias("x"),
                col("n").div(0L).alias("ratio"),
                col("a\"b").contains("50%_off", true)));

    SqlQuery query = compile(plan);

    assertThat(query.sql())
        .contains(
            "SELECT \"__fp_ord\", ((\"n\" + CAST(? AS BIGINT)) * \"n\") AS \"x\","
                + " (CAST(\"n\" AS DOUBLE) / NULLIF(CAST(CAST(? AS BIGINT) AS DOUBLE), 0))"
                + " AS \"ratio\","
                + " contains(lower(\"a\"\"b\"), lower(CAST(? AS VARCHAR))) AS \"a\"\"b\""
                + " FROM \"q1\"");
    assertThat(query.params()).containsExactly(2L, 0L, "50%_off");
  }

  @Test
  @DisplayName("a stable sort renumbers the hidden order column; limit binds its count")
  void sortAndLimit() {
    Plan plan = new Plan.Limit(new Plan.Sort(people(), List.of(SortKey.desc("n").nullsFirst())), 3);

    SqlQuery query = compile(plan);

    assertThat(query.sql())
        .isEqualTo(
            SCAN
                + "\"q2\" AS (\n"
                + "  SELECT \"a\"\"b\", \"n\", row_number() OVER"
                + " (ORDER BY \"n\" DESC NULLS FIRST, \"__fp_ord\") AS \"__fp_ord\" FROM \"q1\"\n"
                + "),\n"
                + "\"q3\" AS (\n"
                + "  SELECT * FROM \"q2\" ORDER BY \"__fp_ord\" LIMIT ?\n"
                + ")\n"
                + "SELECT \"a\"\"b\", \"n\" FROM \"q3\" ORDER BY \"__fp_ord\"");
    assertThat(query.params()).containsExactly(3L);
  }

  @Test
  @DisplayName("unique keeps the last row of each key with QUALIFY")
  void uniqueKeepLast() {
    Plan plan = new Plan.Unique(people(), List.of("n"), Keep.LAST);

    assertThat(compile(plan).sql())
        .contains(
            "SELECT * FROM \"q1\" QUALIFY row_number() OVER"
                + " (PARTITION BY \"n\" ORDER BY \"__fp_ord\" DESC) = 1");
  }

  @Test
  @DisplayName("aggregates sum integers back into BIGINT and take first() in row order")
  void aggregate() {
    Plan plan =
        new Plan.Aggregate(
            people(), List.of("a\"b"), List.of(col("n").sum(), col("n").first().alias("f")));

    assertThat(compile(plan).sql())
        .contains(
            "SELECT \"a\"\"b\", CAST(sum(\"n\") AS BIGINT) AS \"n\","
                + " first(\"n\" ORDER BY \"__fp_ord\") AS \"f\","
                + " min(\"__fp_ord\") AS \"__fp_ord\" FROM \"q1\" GROUP BY \"a\"\"b\"");
  }

  @Test
  @DisplayName("rejects column names that collide with the hidden columns")
  void rejectsReservedNames() {
    Plan plan = new Plan.WithColumns(people(), List.of(col("n").alias("__fp_ord")));

    assertThatThrownBy(() -> compile(plan))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("'__fp_ord' is reserved");
  }
}
