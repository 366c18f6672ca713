package dev.frameports.frame.plan;

import dev.frameports.frame.Expr;
import dev.frameports.frame.ExprPrinter;
import dev.frameports.frame.source.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** An indented text rendering of a logical plan, one node per line, inputs below their parent. */
public final class PlanPrinter {
  private PlanPrinter() {}

  /** The whole tree. */
  public static String print(Plan plan) {
    StringBuilder out = new StringBuilder();
    print(plan, 0, out);
    return out.toString();
  }

  private static void print(Plan plan, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(describe(plan)).append('\n');
    for (Plan input : plan.inputs()) {
      print(input, depth + 1, out);
    }
  }

  /** One node, without its inputs. */
  public static String describe(Plan plan) {
    if (plan instanceof Plan.Scan s) {
      return "SCAN " + describe(s.source());
    } else if (plan instanceof Plan.Filter f) {
      return "FILTER " + ExprPrinter.print(f.predicate());
    } else if (plan instanceof Plan.Select s) {
      return "SELECT " + exprs(s.exprs());
    } else if (plan instanceof Plan.WithColumns w) {
      return "WITH_COLUMNS " + exprs(w.exprs());
    } else if (plan instanceof Plan.WithRowIndex w) {
      return "WITH_ROW_INDEX " + w.name();
    } else if (plan instanceof Plan.Aggregate a) {
      return "AGGREGATE by " + a.keys() + " " + exprs(a.aggs());
    } else if (plan instanceof Plan.Sort s) {
      return "SORT " + s.keys();
    } else if (plan instanceof Plan.Unique u) {
      return "UNIQUE " + (u.subset().isEmpty() ? "all columns" : u.subset()) + " keep " + u.keep();
    } else if (plan instanceof Plan.Join j) {
      return j.type() + " JOIN " + j.leftOn() + " = " + j.rightOn();
    } else if (plan instanceof Plan.Concat c) {
      return "CONCAT " + c.inputs().size() + " inputs";
    } else if (plan instanceof Plan.Limit l) {
      return "LIMIT " + l.n();
    }
    throw new AssertionError(plan);
  }

  /** A source in one line. */
  public static String describe(Source source) {
    if (source instanceof Source.Sqlite s) {
      return "sqlite "
          + files(s.files())
          + (s.table() != null ? " table " + s.table() : " query " + s.query());
    } else if (source instanceof Source.Csv c) {
      return "csv " + files(c.files()) + " " + c.schema();
    } else if (source instanceof Source.Parquet p) {
      return "parquet " + files(p.files());
    } else if (source instanceof Source.Memory m) {
      return "memory " + m.frame().height() + " rows " + m.frame().schema();
    }
    throw new AssertionError(source);
  }

  private static String files(List<Path> files) {
    return files.size() == 1
        ? files.get(0).toString()
        : files.size() + " files from " + files.get(0);
  }

  private static String exprs(List<Expr> exprs) {
    return exprs.stream().map(ExprPrinter::print).collect(Collectors.joining(", ", "[", "]"));
  }
}
