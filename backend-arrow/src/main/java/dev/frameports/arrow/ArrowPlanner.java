package dev.frameports.arrow;

import dev.frameports.frame.Expr;
import dev.frameports.frame.ExprWalker;
import dev.frameports.frame.Field;
import dev.frameports.frame.JoinType;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SortKey;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.plan.PlanSchemas;
import dev.frameports.frame.source.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a validated plan into a tree of operators. Column pruning travels down: each node asks its
 * input only for the columns it needs, so scans read (and project natively) just those. Every
 * expression is still evaluated, so what a query drops later never changes which errors it raises.
 */
final class ArrowPlanner {
  private final ArrowContext context;
  private final PlanSchemas schemas;

  ArrowPlanner(ArrowContext context, PlanSchemas schemas) {
    this.context = context;
    this.schemas = schemas;
  }

  /** The operator tree; its output has exactly the plan's schema. Opens nothing. */
  ArrowBatchReader plan(Plan plan) {
    Schema full = schemas.schemaOf(plan);
    int mark = context.allocatorMark();
    ArrowBatchReader root = null;
    try {
      root = build(plan, new HashSet<>(full.names()));
      if (!root.schema().equals(full)) {
        List<Expr> columns = full.names().stream().map(Expr::col).toList();
        root = new ArrowProject(context, root, columns, false);
      }
      context.forgetAllocatorsSince(mark);
      return root;
    } catch (RuntimeException e) {
      if (root != null) {
        root.close();
      }
      context.closeAllocatorsSince(mark);
      throw e;
    }
  }

  private ArrowBatchReader build(Plan plan, Set<String> required) {
    return plan.accept(new Builder(required));
  }

  private static Set<String> columnsOf(List<Expr> exprs) {
    Set<String> names = new LinkedHashSet<>();
    for (Expr expr : exprs) {
      names.addAll(ExprWalker.columns(expr));
    }
    return names;
  }

  private static Set<String> union(Set<String> a, Iterable<String> b) {
    Set<String> result = new HashSet<>(a);
    b.forEach(result::add);
    return result;
  }

  /** The full schema's fields that are required, in schema order; at least one. */
  private static Schema pruned(Schema full, Set<String> required) {
    List<Field> fields = full.fields().stream().filter(f -> required.contains(f.name())).toList();
    if (fields.isEmpty() && full.size() > 0) {
      fields = List.of(full.field(0));
    }
    return new Schema(fields);
  }

  private final class Builder implements Plan.Visitor<ArrowBatchReader> {
    private final Set<String> required;

    Builder(Set<String> required) {
      this.required = required;
    }

    @Override
    public ArrowBatchReader visitScan(Plan.Scan scan) {
      Schema full = schemas.schemaOf(scan);
      Schema output = pruned(full, required);
      Source source = scan.source();
      if (source instanceof Source.Memory memory) {
        return new ArrowMemoryScan(context, memory.frame(), output);
      } else if (source instanceof Source.Sqlite sqlite) {
        return new ArrowSqliteScan(context, sqlite, full, output);
      } else if (source instanceof Source.Csv csv) {
        return new ArrowDatasetScan(context, csv.files(), new ArrowCsvFormat(csv, output), output);
      }
      Source.Parquet parquet = (Source.Parquet) source;
      return new ArrowDatasetScan(context, parquet.files(), new ArrowParquetFormat(output), output);
    }

    @Override
    public ArrowBatchReader visitFilter(Plan.Filter filter) {
      ArrowBatchReader input =
          build(filter.input(), union(required, ExprWalker.columns(filter.predicate())));
      return guarded(input, () -> new ArrowFilter(context, input, filter.predicate()));
    }

    @Override
    public ArrowBatchReader visitSelect(Plan.Select select) {
      ArrowBatchReader input = build(select.input(), columnsOf(select.exprs()));
      return guarded(input, () -> new ArrowProject(context, input, select.exprs(), false));
    }

    @Override
    public ArrowBatchReader visitWithColumns(Plan.WithColumns withColumns) {
      Set<String> needed = new HashSet<>(required);
      withColumns.exprs().forEach(e -> needed.remove(e.outputName()));
      needed.addAll(columnsOf(withColumns.exprs()));
      ArrowBatchReader input = build(withColumns.input(), needed);
      return guarded(input, () -> new ArrowProject(context, input, withColumns.exprs(), true));
    }

    @Override
    public ArrowBatchReader visitWithRowIndex(Plan.WithRowIndex withRowIndex) {
      Set<String> needed = new HashSet<>(required);
      needed.remove(withRowIndex.name());
      ArrowBatchReader input = build(withRowIndex.input(), needed);
      return guarded(input, () -> new ArrowRowIndex(context, input, withRowIndex.name()));
    }

    @Override
    public ArrowBatchReader visitAggregate(Plan.Aggregate aggregate) {
      Set<String> needed = new HashSet<>(aggregate.keys());
      needed.addAll(columnsOf(aggregate.aggs()));
      ArrowBatchReader input = build(aggregate.input(), needed);
      Schema output = schemas.schemaOf(aggregate);
      return guarded(
          input,
          () -> new ArrowHashAggregate(context, input, aggregate.keys(), aggregate.aggs(), output));
    }

    @Override
    public ArrowBatchReader visitSort(Plan.Sort sort) {
      ArrowBatchReader input =
          build(sort.input(), union(required, sort.keys().stream().map(SortKey::column).toList()));
      return guarded(input, () -> new ArrowSort(context, input, sort.keys()));
    }

    @Override
    public ArrowBatchReader visitUnique(Plan.Unique unique) {
      Set<String> needed =
          unique.subset().isEmpty()
              ? new HashSet<>(schemas.schemaOf(unique.input()).names())
              : union(required, unique.subset());
      ArrowBatchReader input = build(unique.input(), needed);
      return guarded(input, () -> new ArrowUnique(context, input, unique.subset(), unique.keep()));
    }

    @Override
    public ArrowBatchReader visitJoin(Plan.Join join) {
      Schema leftFull = schemas.schemaOf(join.left());
      Schema rightFull = schemas.schemaOf(join.right());
      boolean keepsRight = join.type() == JoinType.INNER || join.type() == JoinType.LEFT;
      List<String> payload = new ArrayList<>();
      List<String> payloadNames = new ArrayList<>();
      if (keepsRight) {
        for (Field field : rightFull.fields()) {
          if (join.rightOn().contains(field.name())) {
            continue;
          }
          String name =
              leftFull.indexOf(field.name()) >= 0
                  ? field.name() + PlanSchemas.JOIN_SUFFIX
                  : field.name();
          if (required.contains(name)) {
            payload.add(field.name());
            payloadNames.add(name);
          }
        }
      }
      Set<String> leftNeeded = union(required, join.leftOn());
      leftNeeded.retainAll(leftFull.names());
      Set<String> rightNeeded = union(new HashSet<>(payload), join.rightOn());
      ArrowBatchReader left = build(join.left(), leftNeeded);
      ArrowBatchReader right;
      try {
        right = build(join.right(), rightNeeded);
      } catch (RuntimeException e) {
        left.close();
        throw e;
      }
      try {
        return new ArrowHashJoin(
            context,
            left,
            right,
            join.leftOn(),
            join.rightOn(),
            join.type(),
            payload,
            payloadNames);
      } catch (RuntimeException e) {
        left.close();
        right.close();
        throw e;
      }
    }

    @Override
    public ArrowBatchReader visitConcat(Plan.Concat concat) {
      Schema output = pruned(schemas.schemaOf(concat), required);
      Set<String> needed = new HashSet<>(output.names());
      List<ArrowBatchReader> inputs = new ArrayList<>();
      try {
        for (Plan input : concat.inputs()) {
          inputs.add(build(input, needed));
        }
        return new ArrowConcat(context, inputs, output);
      } catch (RuntimeException e) {
        inputs.forEach(ArrowBatchReader::close);
        throw e;
      }
    }

    @Override
    public ArrowBatchReader visitLimit(Plan.Limit limit) {
      ArrowBatchReader input = build(limit.input(), required);
      return guarded(input, () -> new ArrowLimit(context, input, limit.n()));
    }
  }

  private static ArrowBatchReader guarded(
      ArrowBatchReader input, java.util.function.Supplier<ArrowBatchReader> operator) {
    try {
      return operator.get();
    } catch (RuntimeException e) {
      input.close();
      throw e;
    }
  }
}
