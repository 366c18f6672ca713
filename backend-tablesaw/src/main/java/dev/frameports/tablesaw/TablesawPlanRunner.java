package dev.frameports.tablesaw;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.plan.PlanSchemas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a validated plan eagerly, bottom-up: every node turns its input tables into a new {@link
 * TablesawFrame}. Columns that pass through unchanged are shared, not copied.
 */
final class TablesawPlanRunner implements Plan.Visitor<TablesawFrame> {
  private final PlanSchemas schemas;

  TablesawPlanRunner(PlanSchemas schemas) {
    this.schemas = schemas;
  }

  TablesawFrame run(Plan plan) {
    return plan.accept(this);
  }

  @Override
  public TablesawFrame visitScan(Plan.Scan scan) {
    return TablesawSources.read(scan.source(), schemas.schemaOf(scan));
  }

  @Override
  public TablesawFrame visitFilter(Plan.Filter filter) {
    TablesawFrame input = run(filter.input());
    return input.where(TablesawExprCompiler.trueRows(filter.predicate(), input));
  }

  @Override
  public TablesawFrame visitSelect(Plan.Select select) {
    TablesawFrame input = run(select.input());
    List<TablesawColumn> columns = new ArrayList<>();
    for (Expr expr : select.exprs()) {
      columns.add(TablesawExprCompiler.evaluate(expr, input));
    }
    return TablesawFrame.of(schemas.schemaOf(select), columns, input.rowCount());
  }

  @Override
  public TablesawFrame visitWithColumns(Plan.WithColumns withColumns) {
    TablesawFrame input = run(withColumns.input());
    Map<String, TablesawColumn> computed = new HashMap<>();
    for (Expr expr : withColumns.exprs()) {
      computed.put(expr.outputName(), TablesawExprCompiler.evaluate(expr, input));
    }
    Schema schema = schemas.schemaOf(withColumns);
    List<TablesawColumn> columns = new ArrayList<>();
    for (Field field : schema.fields()) {
      TablesawColumn column = computed.get(field.name());
      columns.add(column != null ? column : input.column(field.name()));
    }
    return TablesawFrame.of(schema, columns, input.rowCount());
  }

  @Override
  public TablesawFrame visitWithRowIndex(Plan.WithRowIndex withRowIndex) {
    TablesawFrame input = run(withRowIndex.input());
    TablesawColumnBuilder index = TablesawColumnBuilder.create(DataType.INT64, withRowIndex.name());
    for (int row = 0; row < input.rowCount(); row++) {
      index.appendLong(row);
    }
    List<TablesawColumn> columns = new ArrayList<>();
    columns.add(index.build());
    columns.addAll(input.columns());
    return TablesawFrame.of(schemas.schemaOf(withRowIndex), columns, input.rowCount());
  }

  @Override
  public TablesawFrame visitAggregate(Plan.Aggregate aggregate) {
    TablesawFrame input = run(aggregate.input());
    return TablesawAggregate.aggregate(
        input, aggregate.keys(), aggregate.aggs(), schemas.schemaOf(aggregate));
  }

  @Override
  public TablesawFrame visitSort(Plan.Sort sort) {
    return TablesawSort.sort(run(sort.input()), sort.keys());
  }

  @Override
  public TablesawFrame visitUnique(Plan.Unique unique) {
    return TablesawDedup.unique(run(unique.input()), unique.subset(), unique.keep());
  }

  @Override
  public TablesawFrame visitJoin(Plan.Join join) {
    return TablesawJoin.join(
        run(join.left()),
        run(join.right()),
        join.leftOn(),
        join.rightOn(),
        join.type(),
        schemas.schemaOf(join));
  }

  @Override
  public TablesawFrame visitConcat(Plan.Concat concat) {
    List<TablesawFrame> inputs = concat.inputs().stream().map(this::run).toList();
    return TablesawConcat.concat(schemas.schemaOf(concat), inputs);
  }

  @Override
  public TablesawFrame visitLimit(Plan.Limit limit) {
    return run(limit.input()).head(limit.n());
  }
}
