package dev.frameports.tablesaw;

import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.plan.PlanSchemas;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Capability;
import java.nio.file.Path;
import java.util.Set;

/**
 * The eager Tablesaw engine: a plan runs bottom-up and every operator materialises a Tablesaw table
 * on the heap, so inputs larger than the heap fail with {@link OutOfMemoryError} (the benchmarks
 * record that). Holds no resources; safe to use from several threads, each call being independent.
 * No Parquet: see {@link TablesawSources}.
 */
final class TablesawBackend implements Backend {
  private volatile boolean closed;

  @Override
  public String name() {
    return TablesawSources.BACKEND;
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of();
  }

  @Override
  public Schema schema(Plan plan) {
    return schemas().schemaOf(requireOpen(plan));
  }

  @Override
  public Frame collect(Plan plan) {
    return run(plan).toFrame();
  }

  @Override
  public String explain(Plan plan) {
    PlanSchemas schemas = schemas();
    schemas.schemaOf(requireOpen(plan));
    return TablesawExplain.explain(plan, schemas);
  }

  @Override
  public void sinkParquet(Plan plan, Path target) {
    schema(plan);
    throw Capability.PARQUET_SINK.unsupported(name());
  }

  @Override
  public void sinkCsv(Plan plan, Path target) {
    TablesawCsvSink.write(run(plan), target);
  }

  @Override
  public void close() {
    closed = true;
  }

  private TablesawFrame run(Plan plan) {
    PlanSchemas schemas = schemas();
    schemas.schemaOf(requireOpen(plan)); // validate everything before reading any data
    return new TablesawPlanRunner(schemas).run(plan);
  }

  private static PlanSchemas schemas() {
    return new PlanSchemas(TablesawSources::schema);
  }

  private Plan requireOpen(Plan plan) {
    if (closed) {
      throw new IllegalStateException("backend '" + name() + "' is closed");
    }
    return plan;
  }
}
