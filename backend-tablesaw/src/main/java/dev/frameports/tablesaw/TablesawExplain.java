package dev.frameports.tablesaw;

import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.plan.PlanPrinter;
import dev.frameports.frame.plan.PlanSchemas;
import dev.frameports.frame.source.Source;

/**
 * The eager execution of a plan as indented text: one step per node, inputs below, each with what
 * it materialises and the columns of the table it produces. Runs nothing.
 */
final class TablesawExplain {
  private TablesawExplain() {}

  static String explain(Plan plan, PlanSchemas schemas) {
    StringBuilder out = new StringBuilder();
    out.append("tablesaw eager plan: every step materialises a Tablesaw table in heap\n");
    append(plan, schemas, 1, out);
    return out.toString();
  }

  private static void append(Plan plan, PlanSchemas schemas, int depth, StringBuilder out) {
    String indent = "  ".repeat(depth);
    out.append(indent).append(PlanPrinter.describe(plan)).append('\n');
    out.append(indent)
        .append("  -> ")
        .append(step(plan))
        .append("; table ")
        .append(schemas.schemaOf(plan).names())
        .append('\n');
    for (Plan input : plan.inputs()) {
      append(input, schemas, depth + 1, out);
    }
  }

  private static String step(Plan plan) {
    if (plan instanceof Plan.Scan scan) {
      return scan.source() instanceof Source.Memory
          ? "copies the in-memory rows into Tablesaw columns"
          : "reads every row into Tablesaw column builders";
    } else if (plan instanceof Plan.Filter) {
      return "evaluates the predicate column at a time, gathers the true rows";
    } else if (plan instanceof Plan.Select) {
      return "evaluates each expression into a new column";
    } else if (plan instanceof Plan.WithColumns) {
      return "evaluates each expression into a column, shares the others";
    } else if (plan instanceof Plan.WithRowIndex) {
      return "prepends a LongColumn 0..n-1";
    } else if (plan instanceof Plan.Aggregate) {
      return "hash-groups the rows, one pass per aggregate";
    } else if (plan instanceof Plan.Sort) {
      return "stable index sort, then gathers every column";
    } else if (plan instanceof Plan.Unique) {
      return "hash set of keys in input order, gathers the survivors";
    } else if (plan instanceof Plan.Join) {
      return "hashes the right table, probes the left in order, gathers both sides";
    } else if (plan instanceof Plan.Concat) {
      return "appends the input tables into new columns";
    } else if (plan instanceof Plan.Limit) {
      return "gathers the first rows";
    }
    throw new AssertionError(plan);
  }
}
