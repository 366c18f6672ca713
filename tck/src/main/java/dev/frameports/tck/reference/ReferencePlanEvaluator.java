package dev.frameports.tck.reference;

import dev.frameports.frame.Expr;
import dev.frameports.frame.Frame;
import dev.frameports.frame.JoinType;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SortKey;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.plan.PlanSchemas;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a validated plan node by node, each node materialising its whole output as a {@link
 * Frame}. Output schemas come from {@link PlanSchemas}, so the {@link Frame.Builder} checks every
 * produced value against its declared type.
 */
final class ReferencePlanEvaluator implements Plan.Visitor<Frame> {
  private final PlanSchemas schemas;

  /** An evaluator over plans that {@code schemas} has already validated. */
  ReferencePlanEvaluator(PlanSchemas schemas) {
    this.schemas = schemas;
  }

  Frame evaluate(Plan plan) {
    return plan.accept(this);
  }

  private Frame.Builder output(Plan plan) {
    return Frame.builder(schemas.schemaOf(plan));
  }

  @Override
  public Frame visitScan(Plan.Scan scan) {
    return ReferenceSources.read(scan.source());
  }

  @Override
  public Frame visitFilter(Plan.Filter filter) {
    Frame input = evaluate(filter.input());
    RowFunction predicate = ReferenceExprEvaluator.compile(filter.predicate(), input.schema());
    Frame.Builder out = output(filter);
    for (List<@Nullable Object> row : input.rows()) {
      if (Boolean.TRUE.equals(predicate.apply(row))) {
        out.addRow(row.toArray());
      }
    }
    return out.build();
  }

  @Override
  public Frame visitSelect(Plan.Select select) {
    Frame input = evaluate(select.input());
    List<RowFunction> columns = new ArrayList<>();
    for (Expr expr : select.exprs()) {
      columns.add(ReferenceExprEvaluator.compile(expr, input.schema()));
    }
    Frame.Builder out = output(select);
    for (List<@Nullable Object> row : input.rows()) {
      out.addRow(columns.stream().map(f -> f.apply(row)).toArray());
    }
    return out.build();
  }

  @Override
  public Frame visitWithColumns(Plan.WithColumns withColumns) {
    Frame input = evaluate(withColumns.input());
    Map<String, RowFunction> computed = new HashMap<>();
    for (Expr expr : withColumns.exprs()) {
      computed.put(expr.outputName(), ReferenceExprEvaluator.compile(expr, input.schema()));
    }
    Schema schema = schemas.schemaOf(withColumns);
    Frame.Builder out = Frame.builder(schema);
    for (List<@Nullable Object> row : input.rows()) {
      Object[] values = new Object[schema.size()];
      for (int c = 0; c < values.length; c++) {
        String name = schema.field(c).name();
        RowFunction f = computed.get(name);
        // every expression sees the input row, never a column computed beside it
        values[c] = f != null ? f.apply(row) : row.get(input.schema().indexOf(name));
      }
      out.addRow(values);
    }
    return out.build();
  }

  @Override
  public Frame visitWithRowIndex(Plan.WithRowIndex withRowIndex) {
    Frame input = evaluate(withRowIndex.input());
    Frame.Builder out = output(withRowIndex);
    for (int r = 0; r < input.height(); r++) {
      List<@Nullable Object> values = new ArrayList<>();
      values.add((long) r);
      values.addAll(input.row(r));
      out.addRow(values.toArray());
    }
    return out.build();
  }

  @Override
  public Frame visitAggregate(Plan.Aggregate aggregate) {
    Frame input = evaluate(aggregate.input());
    int[] keyColumns = indexes(input.schema(), aggregate.keys());
    // groups in first-appearance order; the key's first row supplies the key values
    Map<List<@Nullable Object>, List<List<@Nullable Object>>> groups = new LinkedHashMap<>();
    for (List<@Nullable Object> row : input.rows()) {
      groups.computeIfAbsent(ReferenceValues.key(row, keyColumns), k -> new ArrayList<>()).add(row);
    }
    if (aggregate.keys().isEmpty() && groups.isEmpty()) {
      groups.put(List.of(), List.of()); // a global aggregate has one row, even over no rows
    }
    List<ReferenceAggregate> aggs = new ArrayList<>();
    for (Expr expr : aggregate.aggs()) {
      aggs.add(ReferenceAggregate.compile(expr, input.schema()));
    }
    Frame.Builder out = output(aggregate);
    for (List<List<@Nullable Object>> rows : groups.values()) {
      List<@Nullable Object> values = new ArrayList<>();
      for (int column : keyColumns) {
        values.add(rows.get(0).get(column));
      }
      for (ReferenceAggregate agg : aggs) {
        values.add(agg.evaluate(rows));
      }
      out.addRow(values.toArray());
    }
    return out.build();
  }

  @Override
  public Frame visitSort(Plan.Sort sort) {
    Frame input = evaluate(sort.input());
    Comparator<List<@Nullable Object>> order = (a, b) -> 0;
    for (SortKey key : sort.keys()) {
      order = order.thenComparing(keyOrder(key, input.schema().indexOf(key.column())));
    }
    List<List<@Nullable Object>> rows = input.rows();
    rows.sort(order); // List.sort is stable
    return rows(sort, rows);
  }

  private static Comparator<List<@Nullable Object>> keyOrder(SortKey key, int column) {
    return (a, b) -> {
      Object x = a.get(column);
      Object y = b.get(column);
      if (x == null || y == null) {
        int nullsHigh = x == null ? (y == null ? 0 : 1) : -1;
        return key.nullsLast() ? nullsHigh : -nullsHigh; // independent of the direction
      }
      int c = ReferenceValues.compare(x, y);
      return key.descending() ? -c : c;
    };
  }

  @Override
  public Frame visitUnique(Plan.Unique unique) {
    Frame input = evaluate(unique.input());
    List<String> subset = unique.subset().isEmpty() ? input.schema().names() : unique.subset();
    int[] keyColumns = indexes(input.schema(), subset);
    List<List<@Nullable Object>> rows = input.rows();
    Map<List<@Nullable Object>, Integer> survivor = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      List<@Nullable Object> key = ReferenceValues.key(rows.get(r), keyColumns);
      switch (unique.keep()) {
        case FIRST -> survivor.putIfAbsent(key, r);
        case LAST -> survivor.put(key, r);
      }
    }
    List<List<@Nullable Object>> kept = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      if (survivor.get(ReferenceValues.key(rows.get(r), keyColumns)) == r) {
        kept.add(rows.get(r));
      }
    }
    return rows(unique, kept);
  }

  @Override
  public Frame visitJoin(Plan.Join join) {
    Frame left = evaluate(join.left());
    Frame right = evaluate(join.right());
    int[] leftKeys = indexes(left.schema(), join.leftOn());
    int[] rightKeys = indexes(right.schema(), join.rightOn());
    Set<String> rightKeyNames = new HashSet<>(join.rightOn());
    List<Integer> rightKept = new ArrayList<>();
    for (int c = 0; c < right.width(); c++) {
      if (!rightKeyNames.contains(right.schema().field(c).name())) {
        rightKept.add(c);
      }
    }
    Frame.Builder out = output(join);
    for (List<@Nullable Object> l : left.rows()) {
      List<@Nullable Object> key = ReferenceValues.key(l, leftKeys);
      List<List<@Nullable Object>> matches = new ArrayList<>();
      if (!key.contains(null)) { // null keys never match
        for (List<@Nullable Object> r : right.rows()) {
          if (key.equals(ReferenceValues.key(r, rightKeys))) {
            matches.add(r);
          }
        }
      }
      boolean keep = join.type() == JoinType.SEMI ? !matches.isEmpty() : matches.isEmpty();
      switch (join.type()) {
        case SEMI, ANTI -> {
          if (keep) {
            out.addRow(l.toArray());
          }
        }
        case INNER, LEFT -> {
          for (List<@Nullable Object> r : matches) {
            out.addRow(joined(l, r, rightKept));
          }
          if (matches.isEmpty() && join.type() == JoinType.LEFT) {
            out.addRow(joined(l, null, rightKept));
          }
        }
      }
    }
    return out.build();
  }

  private static Object[] joined(
      List<@Nullable Object> left, @Nullable List<@Nullable Object> right, List<Integer> kept) {
    List<@Nullable Object> values = new ArrayList<>(left);
    for (int c : kept) {
      values.add(right == null ? null : right.get(c));
    }
    return values.toArray();
  }

  @Override
  public Frame visitConcat(Plan.Concat concat) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Plan input : concat.inputs()) {
      rows.addAll(evaluate(input).rows());
    }
    return rows(concat, rows);
  }

  @Override
  public Frame visitLimit(Plan.Limit limit) {
    List<List<@Nullable Object>> rows = evaluate(limit.input()).rows();
    return rows(limit, rows.subList(0, (int) Math.min(limit.n(), rows.size())));
  }

  private Frame rows(Plan plan, List<List<@Nullable Object>> rows) {
    Frame.Builder out = output(plan);
    rows.forEach(row -> out.addRow(row.toArray()));
    return out.build();
  }

  private static int[] indexes(Schema schema, List<String> names) {
    return names.stream().mapToInt(schema::indexOf).toArray();
  }
}
