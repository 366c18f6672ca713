package dev.frameports.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Generic traversal of an {@link Expr} tree: children, pre-order search, column references. */
public final class ExprWalker {
  private ExprWalker() {}

  /** The direct sub-expressions of a node, in evaluation order. */
  public static List<Expr> children(Expr expr) {
    if (expr instanceof Expr.Binary b) {
      return List.of(b.left(), b.right());
    } else if (expr instanceof Expr.Not n) {
      return List.of(n.input());
    } else if (expr instanceof Expr.IsNull n) {
      return List.of(n.input());
    } else if (expr instanceof Expr.IsIn i) {
      return List.of(i.input());
    } else if (expr instanceof Expr.StringMatch m) {
      return List.of(m.input());
    } else if (expr instanceof Expr.When w) {
      List<Expr> result = new ArrayList<>();
      for (Expr.When.Branch branch : w.branches()) {
        result.add(branch.condition());
        result.add(branch.value());
      }
      result.add(w.otherwise());
      return result;
    } else if (expr instanceof Expr.Cast c) {
      return List.of(c.input());
    } else if (expr instanceof Expr.Truncate t) {
      return List.of(t.input());
    } else if (expr instanceof Expr.Alias a) {
      return List.of(a.input());
    } else if (expr instanceof Expr.Agg a) {
      return List.of(a.input());
    }
    return List.of(); // Col, Lit, Len
  }

  /** Every node (pre-order) that satisfies the predicate. */
  public static List<Expr> collect(Expr expr, Predicate<Expr> predicate) {
    List<Expr> result = new ArrayList<>();
    collectInto(expr, predicate, result);
    return result;
  }

  private static void collectInto(Expr expr, Predicate<Expr> predicate, List<Expr> result) {
    if (predicate.test(expr)) {
      result.add(expr);
    }
    for (Expr child : children(expr)) {
      collectInto(child, predicate, result);
    }
  }

  /** The names of the columns an expression reads, in first-use order, without repeats. */
  public static List<String> columns(Expr expr) {
    List<String> names = new ArrayList<>();
    for (Expr node : collect(expr, e -> e instanceof Expr.Col)) {
      String name = ((Expr.Col) node).name();
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
