package dev.frameports.arrow;

import dev.frameports.frame.EvaluationException;
import dev.frameports.frame.Frame;
import dev.frameports.frame.FrameException;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.plan.PlanSchemas;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.source.SourceSchemas;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Capability;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.arrow.dataset.file.FileFormat;
import org.apache.arrow.dataset.file.FileSystemDatasetFactory;
import org.apache.arrow.dataset.jni.NativeMemoryPool;
import org.apache.arrow.dataset.source.DatasetFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.OutOfMemoryException;
import org.apache.arrow.memory.RootAllocator;

/**
 * One Arrow engine instance: a {@link RootAllocator} with the configured limit, from which every
 * operator of every query draws through its own child allocator. Queries run on the calling thread,
 * one at a time; frames returned outlive the backend. {@link #close()} releases the allocator and
 * is idempotent.
 */
final class ArrowBackend implements Backend {
  private final ArrowOptions options;
  private final RootAllocator root;
  private final ArrowContext context;
  private final ArrowWriterAllocators writers = new ArrowWriterAllocators();
  private boolean closed;
  private long leakedAtClose;
  private long toleratedAtClose;

  ArrowBackend(ArrowOptions options) {
    this.options = options;
    this.root = new RootAllocator(options.memoryLimit());
    this.context = new ArrowContext(root, options);
  }

  @Override
  public String name() {
    return ArrowBackendProvider.NAME;
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.PARQUET_SOURCE, Capability.PARQUET_SINK);
  }

  @Override
  public Schema schema(Plan plan) {
    requireOpen();
    return schemas().schemaOf(plan);
  }

  @Override
  public Frame collect(Plan plan) {
    return run(plan, ArrowCollector::collect);
  }

  @Override
  public String explain(Plan plan) {
    requireOpen();
    try (ArrowBatchReader tree = new ArrowPlanner(context, schemas()).plan(plan)) {
      StringBuilder out = new StringBuilder();
      print(tree, 0, out);
      return out.toString();
    }
  }

  private static void print(ArrowBatchReader reader, int depth, StringBuilder out) {
    out.append("  ".repeat(depth))
        .append(reader.describe())
        .append("  -> ")
        .append(reader.schema().names())
        .append('\n');
    for (ArrowBatchReader input : reader.inputs()) {
      print(input, depth + 1, out);
    }
  }

  @Override
  public void sinkParquet(Plan plan, Path target) {
    run(
        plan,
        reader -> {
          new ArrowParquetSink(context, writers).write(reader, target);
          return null;
        });
  }

  @Override
  public void sinkCsv(Plan plan, Path target) {
    run(
        plan,
        reader -> {
          ArrowCsvSink.write(reader, target);
          return null;
        });
  }

  private <T> T run(Plan plan, Function<ArrowBatchReader, T> consumer) {
    requireOpen();
    try (ArrowBatchReader tree = new ArrowPlanner(context, schemas()).plan(plan)) {
      return consumer.apply(tree);
    } catch (OutOfMemoryException e) {
      throw context.memoryError("(result)", e);
    } catch (FrameException | UnsupportedOperationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new EvaluationException("arrow backend failed: " + e, e);
    }
  }

  private PlanSchemas schemas() {
    return new PlanSchemas(this::sourceSchema);
  }

  private Schema sourceSchema(Source source) {
    Optional<Schema> known = SourceSchemas.of(source);
    if (known.isPresent()) {
      return known.get();
    }
    Path file = ((Source.Parquet) source).files().get(0);
    try (BufferAllocator allocator = context.newMetadataAllocator();
        DatasetFactory factory =
            new FileSystemDatasetFactory(
                allocator,
                NativeMemoryPool.getDefault(),
                FileFormat.PARQUET,
                file.toAbsolutePath().toUri().toString())) {
      return ArrowParquetFormat.schemaOf(file, factory.inspect());
    } catch (FrameException e) {
      throw e;
    } catch (Exception e) {
      throw new SourceException("cannot read Parquet file " + file + ": " + e.getMessage(), e);
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the arrow backend is closed");
    }
  }

  /** Bytes still allocated when {@link #close()} ran, beyond the tolerated writer leak. */
  long leakedAtClose() {
    return leakedAtClose;
  }

  /** Bytes of the tolerated Parquet-writer leak (apache/arrow-java#1255) left at close. */
  long toleratedAtClose() {
    return toleratedAtClose;
  }

  /** Bytes the backend's allocator currently holds. */
  long allocatedMemory() {
    return root.getAllocatedMemory();
  }

  ArrowOptions options() {
    return options;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    toleratedAtClose = writers.closeAll();
    leakedAtClose = root.getAllocatedMemory() - toleratedAtClose;
    if (toleratedAtClose > 0) {
      // closing would throw for the writer's outstanding buffers; they are released natively later
      return;
    }
    root.close();
  }
}
