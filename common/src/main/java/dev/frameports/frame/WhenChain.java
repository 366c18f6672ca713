package dev.frameports.frame;

import java.util.ArrayList;
import java.util.List;

/**
 * The fluent builder behind {@link Expr#when}: {@code when(c).then(v)} pairs, closed by {@link
 * #otherwise}. Immutable; every step returns a new chain.
 */
public final class WhenChain {
  private final List<Expr.When.Branch> branches;
  private final Expr pendingCondition;

  private WhenChain(List<Expr.When.Branch> branches, Expr pendingCondition) {
    this.branches = List.copyOf(branches);
    this.pendingCondition = pendingCondition;
  }

  static WhenChain start(Expr condition) {
    return new WhenChain(List.of(), condition);
  }

  /** The value when the pending condition is true (a non-Expr value becomes a literal). */
  public Then then(Object value) {
    List<Expr.When.Branch> next = new ArrayList<>(branches);
    next.add(new Expr.When.Branch(pendingCondition, Expr.lit(value)));
    return new Then(next);
  }

  /** A chain whose last branch has its value; continue with {@code when} or close it. */
  public static final class Then {
    private final List<Expr.When.Branch> branches;

    private Then(List<Expr.When.Branch> branches) {
      this.branches = List.copyOf(branches);
    }

    /** Adds another condition, tested when the earlier ones are not true. */
    public WhenChain when(Expr condition) {
      return new WhenChain(branches, condition);
    }

    /** The value when no condition is true. */
    public Expr otherwise(Object value) {
      return new Expr.When(branches, Expr.lit(value));
    }

    /** The value is null (of the first branch's type) when no condition is true. */
    public Expr otherwiseNull(DataType type) {
      return new Expr.When(branches, Expr.nullLit(type));
    }
  }
}
