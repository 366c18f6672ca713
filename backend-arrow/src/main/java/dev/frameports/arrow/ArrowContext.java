package dev.frameports.arrow;

import dev.frameports.frame.EvaluationException;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.OutOfMemoryException;

/**
 * What every operator of one backend shares: the root allocator and the options. Operators draw
 * from child allocators named after themselves, so the root's limit applies to all of them and an
 * allocation failure can name the operator that asked.
 */
final class ArrowContext {
  private final BufferAllocator root;
  private final ArrowOptions options;
  private final java.util.List<BufferAllocator> allocators = new java.util.ArrayList<>();

  ArrowContext(BufferAllocator root, ArrowOptions options) {
    this.root = root;
    this.options = options;
  }

  int batchSize() {
    return options.batchSize();
  }

  long memoryLimit() {
    return options.memoryLimit();
  }

  /** A child allocator for one operator instance, bounded by the backend's limit. */
  BufferAllocator newAllocator(String operator) {
    BufferAllocator child =
        root.newChildAllocator(operator + "#" + (allocators.size() + 1), 0, options.memoryLimit());
    allocators.add(child);
    return child;
  }

  /** A child allocator for arrow-dataset's Parquet writer, named so a leak report shows it. */
  BufferAllocator newWriterAllocator() {
    return root.newChildAllocator("ArrowParquetSink", 0, options.memoryLimit());
  }

  /** A short-lived child allocator for reading file metadata. */
  BufferAllocator newMetadataAllocator() {
    return root.newChildAllocator("metadata", 0, options.memoryLimit());
  }

  /** A mark for {@link #closeAllocatorsSince}. */
  int allocatorMark() {
    return allocators.size();
  }

  /**
   * Closes the operator allocators created since {@code mark} that are still open: the ones of
   * operators whose construction failed half-way and that nobody else can reach.
   */
  void closeAllocatorsSince(int mark) {
    for (int i = allocators.size() - 1; i >= mark; i--) {
      allocators.get(i).close();
    }
    forgetAllocatorsSince(mark);
  }

  /** Stops tracking allocators created since {@code mark} (their operators close them). */
  void forgetAllocatorsSince(int mark) {
    allocators.subList(mark, allocators.size()).clear();
  }

  /** The error for an operator whose allocation went over the limit. */
  EvaluationException memoryError(String operator, OutOfMemoryException cause) {
    return new EvaluationException(
        "arrow operator "
            + operator
            + " exceeded the memory limit of "
            + options.memoryLimit()
            + " bytes (option memory_limit; "
            + root.getAllocatedMemory()
            + " bytes were in use by the backend): "
            + cause.getMessage(),
        cause);
  }
}
