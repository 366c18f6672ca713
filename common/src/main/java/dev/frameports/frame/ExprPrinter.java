package dev.frameports.frame;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Collectors;

/**
 * A readable, stable rendering of expressions, used in {@code toString()}, error messages and
 * printed plans: {@code (col("State") = "Claimed") AND NOT col("Name").contains("backfill")}.
 */
public final class ExprPrinter {
  private ExprPrinter() {}

  /** The rendering of one expression. */
  public static String print(Expr expr) {
    return expr.accept(PRINTER);
  }

  /** A literal value as it would be written in Java-ish source. */
  public static String literal(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof String s) {
      return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    } else if (value instanceof Long l) {
      return l + "L";
    } else if (value instanceof LocalDateTime || value instanceof LocalDate) {
      return value.getClass().getSimpleName() + "(" + value + ")";
    }
    return String.valueOf(value);
  }

  private static final Expr.Visitor<String> PRINTER =
      new Expr.Visitor<>() {
        @Override
        public String visitCol(Expr.Col col) {
          return "col(" + literal(col.name()) + ")";
        }

        @Override
        public String visitLit(Expr.Lit lit) {
          return lit.value() == null ? "null:" + lit.type() : literal(lit.value());
        }

        @Override
        public String visitBinary(Expr.Binary b) {
          return "("
              + b.left().accept(this)
              + " "
              + b.op().symbol()
              + " "
              + b.right().accept(this)
              + ")";
        }

        @Override
        public String visitNot(Expr.Not not) {
          return "NOT " + not.input().accept(this);
        }

        @Override
        public String visitIsNull(Expr.IsNull isNull) {
          return isNull.input().accept(this) + ".isNull()";
        }

        @Override
        public String visitIsIn(Expr.IsIn isIn) {
          return isIn.input().accept(this)
              + ".isIn("
              + isIn.values().stream().map(ExprPrinter::literal).collect(Collectors.joining(", "))
              + ")";
        }

        @Override
        public String visitStringMatch(Expr.StringMatch m) {
          String name =
              switch (m.op()) {
                case CONTAINS -> "contains";
                case STARTS_WITH -> "startsWith";
                case ENDS_WITH -> "endsWith";
                case MATCHES -> "matches";
              };
          return m.input().accept(this)
              + "."
              + name
              + "("
              + literal(m.pattern())
              + (m.ignoreCase() ? ", ignoreCase" : "")
              + ")";
        }

        @Override
        public String visitWhen(Expr.When when) {
          StringBuilder out = new StringBuilder();
          for (Expr.When.Branch branch : when.branches()) {
            out.append(out.length() == 0 ? "when(" : ".when(")
                .append(branch.condition().accept(this))
                .append(").then(")
                .append(branch.value().accept(this))
                .append(")");
          }
          return out.append(".otherwise(")
              .append(when.otherwise().accept(this))
              .append(")")
              .toString();
        }

        @Override
        public String visitCast(Expr.Cast cast) {
          return cast.input().accept(this) + ".cast(" + cast.to() + ")";
        }

        @Override
        public String visitTruncate(Expr.Truncate t) {
          return t.input().accept(this) + ".truncate(" + t.every() + ")";
        }

        @Override
        public String visitAlias(Expr.Alias alias) {
          return alias.input().accept(this) + ".alias(" + literal(alias.name()) + ")";
        }

        @Override
        public String visitAgg(Expr.Agg agg) {
          return agg.input().accept(this) + "." + agg.fn().displayName() + "()";
        }

        @Override
        public String visitLen(Expr.Len len) {
          return "len()";
        }
      };
}
