package dev.frameports.arrow;

import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.OutOfMemoryException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.jspecify.annotations.Nullable;

/**
 * The base of every operator: a child allocator named after the operator, the current output batch
 * and the vectors it owns, and the translation of an allocation failure into an {@link
 * dev.frameports.frame.EvaluationException} that names the operator.
 */
abstract class ArrowOperator implements ArrowBatchReader {
  protected final ArrowContext context;
  protected final BufferAllocator allocator;
  private final String name;
  private final Schema schema;
  private final List<Field> arrowFields;
  private final List<ArrowBatchReader> inputs;
  private final List<FieldVector> owned = new ArrayList<>();
  private @Nullable VectorSchemaRoot batch;
  private boolean closed;

  ArrowOperator(ArrowContext context, Schema schema, List<ArrowBatchReader> inputs) {
    this.context = context;
    this.name = getClass().getSimpleName();
    this.schema = schema;
    this.arrowFields = ArrowTypes.fields(schema);
    this.inputs = List.copyOf(inputs);
    this.allocator = context.newAllocator(name);
  }

  @Override
  public final Schema schema() {
    return schema;
  }

  @Override
  public final List<ArrowBatchReader> inputs() {
    return inputs;
  }

  @Override
  public final boolean next() {
    try {
      releaseBatch();
      return advance();
    } catch (OutOfMemoryException e) {
      throw context.memoryError(name, e);
    }
  }

  /** Produces the next batch with one of the {@code emit} methods, or returns false at the end. */
  protected abstract boolean advance();

  @Override
  public final VectorSchemaRoot batch() {
    if (batch == null) {
      throw new IllegalStateException(name + ": no current batch");
    }
    return batch;
  }

  /**
   * Makes {@code vectors} (in schema order) the current batch; those in {@code ownedVectors} are
   * closed when the batch is replaced, the others belong to an input.
   */
  protected final boolean emit(
      List<FieldVector> vectors, int rows, List<FieldVector> ownedVectors) {
    owned.addAll(ownedVectors);
    batch = new VectorSchemaRoot(arrowFields, vectors, rows);
    return true;
  }

  /** Makes vectors this operator created the current batch. */
  protected final boolean emitOwned(List<FieldVector> vectors, int rows) {
    return emit(vectors, rows, vectors);
  }

  /** Passes an input's vectors on unchanged (same columns, same order). */
  protected final boolean emitBorrowed(VectorSchemaRoot input) {
    return emit(input.getFieldVectors(), input.getRowCount(), List.of());
  }

  private void releaseBatch() {
    batch = null;
    for (FieldVector vector : owned) {
      vector.close();
    }
    owned.clear();
  }

  /** Releases operator state (hash tables, buffered rows); called once by {@link #close()}. */
  protected void closeState() {}

  @Override
  public String toString() {
    return name;
  }

  @Override
  public final void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      releaseBatch();
      closeState();
    } finally {
      try {
        for (ArrowBatchReader input : inputs) {
          input.close();
        }
      } finally {
        allocator.close();
      }
    }
  }
}
