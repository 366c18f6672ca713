package dev.frameports.frame.plan;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.ExprTypes;
import dev.frameports.frame.Field;
import dev.frameports.frame.JoinType;
import dev.frameports.frame.PlanException;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SortKey;
import dev.frameports.frame.source.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves and validates the schema of every node of a plan, written once for all backends. Only
 * scans cost anything (the caller's {@code sourceSchema} may read file metadata); results are
 * memoised per node instance, so a backend may call {@link #schemaOf} freely while compiling.
 */
public final class PlanSchemas {
  /** The suffix given to a right-side join column whose name the left side already uses. */
  public static final String JOIN_SUFFIX = "_right";

  private final Function<Source, Schema> sourceSchema;
  private final Map<Plan, Schema> cache = new IdentityHashMap<>();

  /** A resolver that asks {@code sourceSchema} for the schema of each scanned source. */
  public PlanSchemas(Function<Source, Schema> sourceSchema) {
    this.sourceSchema = sourceSchema;
  }

  /**
   * The output schema of a node, validating it and everything below it.
   *
   * @throws PlanException naming the node and the problem
   */
  public Schema schemaOf(Plan plan) {
    Schema known = cache.get(plan);
    if (known == null) {
      known = plan.accept(new Resolver());
      cache.put(plan, known);
    }
    return known;
  }

  private final class Resolver implements Plan.Visitor<Schema> {
    @Override
    public Schema visitScan(Plan.Scan scan) {
      return sourceSchema.apply(scan.source());
    }

    @Override
    public Schema visitFilter(Plan.Filter filter) {
      Schema input = schemaOf(filter.input());
      DataType type = ExprTypes.scalarType(filter.predicate(), input);
      if (type != DataType.BOOLEAN) {
        throw new PlanException("filter needs a BOOLEAN predicate, got " + type);
      }
      return input;
    }

    @Override
    public Schema visitSelect(Plan.Select select) {
      Schema input = schemaOf(select.input());
      return new Schema(fields(select.exprs(), input));
    }

    @Override
    public Schema visitWithColumns(Plan.WithColumns withColumns) {
      Schema input = schemaOf(withColumns.input());
      return input.with(fields(withColumns.exprs(), input));
    }

    @Override
    public Schema visitWithRowIndex(Plan.WithRowIndex withRowIndex) {
      Schema input = schemaOf(withRowIndex.input());
      List<Field> fields = new ArrayList<>();
      fields.add(Field.of(withRowIndex.name(), DataType.INT64));
      fields.addAll(input.fields());
      return new Schema(fields);
    }

    @Override
    public Schema visitAggregate(Plan.Aggregate aggregate) {
      Schema input = schemaOf(aggregate.input());
      List<Field> fields = new ArrayList<>();
      for (String key : aggregate.keys()) {
        fields.add(input.field(key));
      }
      for (Expr agg : aggregate.aggs()) {
        fields.add(Field.of(agg.outputName(), ExprTypes.aggregateType(agg, input)));
      }
      return new Schema(fields);
    }

    @Override
    public Schema visitSort(Plan.Sort sort) {
      Schema input = schemaOf(sort.input());
      for (SortKey key : sort.keys()) {
        input.field(key.column());
      }
      return input;
    }

    @Override
    public Schema visitUnique(Plan.Unique unique) {
      Schema input = schemaOf(unique.input());
      unique.subset().forEach(input::field);
      return input;
    }

    @Override
    public Schema visitJoin(Plan.Join join) {
      Schema left = schemaOf(join.left());
      Schema right = schemaOf(join.right());
      for (int i = 0; i < join.leftOn().size(); i++) {
        DataType l = left.field(join.leftOn().get(i)).type();
        DataType r = right.field(join.rightOn().get(i)).type();
        if (l != r) {
          throw new PlanException(
              "join keys '"
                  + join.leftOn().get(i)
                  + "' ("
                  + l
                  + ") and '"
                  + join.rightOn().get(i)
                  + "' ("
                  + r
                  + ") have different types");
        }
      }
      if (join.type() == JoinType.SEMI || join.type() == JoinType.ANTI) {
        return left;
      }
      List<Field> fields = new ArrayList<>(left.fields());
      Set<String> rightKeys = new HashSet<>(join.rightOn());
      for (Field field : right.fields()) {
        if (!rightKeys.contains(field.name())) {
          String name = left.indexOf(field.name()) >= 0 ? field.name() + JOIN_SUFFIX : field.name();
          fields.add(Field.of(name, field.type()));
        }
      }
      return new Schema(fields);
    }

    @Override
    public Schema visitConcat(Plan.Concat concat) {
      Schema first = schemaOf(concat.inputs().get(0));
      for (Plan input : concat.inputs()) {
        Schema other = schemaOf(input);
        if (!other.equals(first)) {
          throw new PlanException("concat needs equal schemas, got " + first + " and " + other);
        }
      }
      return first;
    }

    @Override
    public Schema visitLimit(Plan.Limit limit) {
      return schemaOf(limit.input());
    }

    private List<Field> fields(List<Expr> exprs, Schema input) {
      List<Field> fields = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (Expr expr : exprs) {
        String name = expr.outputName();
        if (!names.add(name)) {
          throw new PlanException("duplicate output name '" + name + "'; use alias(..)");
        }
        fields.add(Field.of(name, ExprTypes.scalarType(expr, input)));
      }
      return fields;
    }
  }
}
