package dev.frameports.frame;

/** Output naming and aggregate detection for {@link Expr}; one place so every backend agrees. */
final class ExprNames {
  private ExprNames() {}

  static String outputName(Expr expr) {
    return expr.accept(
        new Expr.Visitor<String>() {
          @Override
          public String visitCol(Expr.Col col) {
            return col.name();
          }

          @Override
          public String visitLit(Expr.Lit lit) {
            return "literal";
          }

          @Override
          public String visitBinary(Expr.Binary binary) {
            return binary.left().accept(this);
          }

          @Override
          public String visitNot(Expr.Not not) {
            return not.input().accept(this);
          }

          @Override
          public String visitIsNull(Expr.IsNull isNull) {
            return isNull.input().accept(this);
          }

          @Override
          public String visitIsIn(Expr.IsIn isIn) {
            return isIn.input().accept(this);
          }

          @Override
          public String visitStringMatch(Expr.StringMatch match) {
            return match.input().accept(this);
          }

          @Override
          public String visitWhen(Expr.When when) {
            return when.branches().get(0).value().accept(this);
          }

          @Override
          public String visitCast(Expr.Cast cast) {
            return cast.input().accept(this);
          }

          @Override
          public String visitTruncate(Expr.Truncate truncate) {
            return truncate.input().accept(this);
          }

          @Override
          public String visitAlias(Expr.Alias alias) {
            return alias.name();
          }

          @Override
          public String visitAgg(Expr.Agg agg) {
            return agg.input().accept(this);
          }

          @Override
          public String visitLen(Expr.Len len) {
            return "len";
          }
        });
  }

  static boolean containsAggregate(Expr expr) {
    return !ExprWalker.collect(expr, e -> e instanceof Expr.Agg || e instanceof Expr.Len).isEmpty();
  }
}
