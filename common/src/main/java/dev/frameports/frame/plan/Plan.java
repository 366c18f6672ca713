package dev.frameports.frame.plan;

import dev.frameports.frame.Expr;
import dev.frameports.frame.JoinType;
import dev.frameports.frame.Keep;
import dev.frameports.frame.SortKey;
import dev.frameports.frame.source.Source;
import java.util.List;
import java.util.Objects;

/**
 * A logical plan: an immutable tree of records, each node pointing at its input(s). Built by {@link
 * dev.frameports.frame.LazyFrame}, interpreted by backends through a {@link Visitor}.
 *
 * <p><b>Row order.</b> Scan, filter, select, withColumns, withRowIndex, limit, unique and concat
 * keep input order; sort is stable. The order of aggregate and join outputs is unspecified: sort
 * them when order matters.
 */
public sealed interface Plan {

  /** Reads a source. */
  record Scan(Source source) implements Plan {
    public Scan {
      Objects.requireNonNull(source, "source");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitScan(this);
    }
  }

  /** Keeps the rows whose BOOLEAN predicate is true. */
  record Filter(Plan input, Expr predicate) implements Plan {
    public Filter {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(predicate, "predicate");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitFilter(this);
    }
  }

  /** Exactly the given scalar expressions, named by their output names (unique). */
  record Select(Plan input, List<Expr> exprs) implements Plan {
    public Select {
      Objects.requireNonNull(input, "input");
      exprs = List.copyOf(exprs);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitSelect(this);
    }
  }

  /**
   * All input columns plus the given expressions, each evaluated on the input: a same-named column
   * is replaced in place, a new name is appended.
   */
  record WithColumns(Plan input, List<Expr> exprs) implements Plan {
    public WithColumns {
      Objects.requireNonNull(input, "input");
      exprs = List.copyOf(exprs);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWithColumns(this);
    }
  }

  /** Prepends an INT64 column counting rows from 0 in input order. */
  record WithRowIndex(Plan input, String name) implements Plan {
    public WithRowIndex {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWithRowIndex(this);
    }
  }

  /**
   * One row per distinct key combination (null is a key value like any other), with the key columns
   * first and then the aggregates. No keys: exactly one row, even for empty input.
   */
  record Aggregate(Plan input, List<String> keys, List<Expr> aggs) implements Plan {
    public Aggregate {
      Objects.requireNonNull(input, "input");
      keys = List.copyOf(keys);
      aggs = List.copyOf(aggs);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAggregate(this);
    }
  }

  /** A stable sort by several keys. */
  record Sort(Plan input, List<SortKey> keys) implements Plan {
    public Sort {
      Objects.requireNonNull(input, "input");
      keys = List.copyOf(keys);
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("sort needs at least one key");
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitSort(this);
    }
  }

  /**
   * Keeps one row per distinct value of {@code subset} (all columns when empty), the first or last
   * in input order, and keeps the survivors in input order. Nulls are equal to each other here.
   */
  record Unique(Plan input, List<String> subset, Keep keep) implements Plan {
    public Unique {
      Objects.requireNonNull(input, "input");
      subset = List.copyOf(subset);
      Objects.requireNonNull(keep, "keep");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitUnique(this);
    }
  }

  /**
   * An equi-join on pairs of key columns of equal type. Output: the left columns, then (inner and
   * left joins) the right columns except its keys, a name already taken getting the suffix {@code
   * _right}.
   */
  record Join(Plan left, Plan right, List<String> leftOn, List<String> rightOn, JoinType type)
      implements Plan {
    public Join {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
      leftOn = List.copyOf(leftOn);
      rightOn = List.copyOf(rightOn);
      Objects.requireNonNull(type, "type");
      if (leftOn.isEmpty() || leftOn.size() != rightOn.size()) {
        throw new IllegalArgumentException(
            "join needs as many left keys as right keys, at least one");
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitJoin(this);
    }
  }

  /** The rows of each input in turn; all inputs have the same schema. */
  record Concat(List<Plan> inputs) implements Plan {
    public Concat {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("concat needs at least one input");
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitConcat(this);
    }
  }

  /** The first {@code n} rows in input order. */
  record Limit(Plan input, long n) implements Plan {
    public Limit {
      Objects.requireNonNull(input, "input");
      if (n < 0) {
        throw new IllegalArgumentException("limit must not be negative: " + n);
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLimit(this);
    }
  }

  /** One method per node, so a new node breaks every backend's compile. */
  interface Visitor<R> {
    R visitScan(Scan scan);

    R visitFilter(Filter filter);

    R visitSelect(Select select);

    R visitWithColumns(WithColumns withColumns);

    R visitWithRowIndex(WithRowIndex withRowIndex);

    R visitAggregate(Aggregate aggregate);

    R visitSort(Sort sort);

    R visitUnique(Unique unique);

    R visitJoin(Join join);

    R visitConcat(Concat concat);

    R visitLimit(Limit limit);
  }

  /** Double dispatch into a {@link Visitor}. */
  <R> R accept(Visitor<R> visitor);

  /** The direct inputs of this node. */
  default List<Plan> inputs() {
    if (this instanceof Scan) {
      return List.of();
    } else if (this instanceof Join join) {
      return List.of(join.left(), join.right());
    } else if (this instanceof Concat concat) {
      return concat.inputs();
    }
    return List.of(PlanInputs.single(this));
  }
}
