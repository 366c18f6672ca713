package dev.frameports.tck.reference;

import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.plan.PlanPrinter;
import dev.frameports.frame.plan.PlanSchemas;
import dev.frameports.frame.source.AtomicFiles;
import dev.frameports.frame.source.CsvText;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Capability;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference backend: validates a plan with {@link PlanSchemas}, then interprets it row by row
 * on the heap. No state, so it is thread-safe and {@link #close()} does nothing.
 */
final class ReferenceBackend implements Backend {

  @Override
  public String name() {
    return ReferenceBackendProvider.NAME;
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of();
  }

  @Override
  public Schema schema(Plan plan) {
    return new PlanSchemas(ReferenceSources::schema).schemaOf(plan);
  }

  @Override
  public Frame collect(Plan plan) {
    PlanSchemas schemas = new PlanSchemas(ReferenceSources::schema);
    schemas.schemaOf(plan); // validate everything before reading any data
    return new ReferencePlanEvaluator(schemas).evaluate(plan);
  }

  @Override
  public String explain(Plan plan) {
    schema(plan);
    return PlanPrinter.print(plan);
  }

  @Override
  public void sinkParquet(Plan plan, Path target) {
    throw Capability.PARQUET_SINK.unsupported(name());
  }

  @Override
  public void sinkCsv(Plan plan, Path target) {
    Frame frame = collect(plan);
    AtomicFiles.write(
        target,
        temporary -> {
          try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write(line(List.copyOf(frame.schema().names())));
            for (List<Object> row : frame.rows()) {
              out.write(line(row));
            }
          }
        });
  }

  private static String line(List<?> values) {
    return values.stream()
        .map(v -> CsvText.format(v, ','))
        .collect(Collectors.joining(",", "", "\n"));
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "ReferenceBackend";
  }
}
