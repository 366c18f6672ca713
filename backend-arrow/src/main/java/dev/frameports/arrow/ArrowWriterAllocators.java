package dev.frameports.arrow;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;

/**
 * The allocators handed to arrow-dataset's Parquet writer. The native writer releases the last
 * exported buffers asynchronously after {@code write} returns (apache/arrow-java#1255), so an
 * allocator is closed once its memory drains; one that still holds memory after a wait is kept and
 * retried when the backend closes. That is the one tolerated leak, and it is reported.
 */
final class ArrowWriterAllocators {
  private static final long WAIT_MILLIS = 2_000;

  private final List<BufferAllocator> lingering = new ArrayList<>();
  private long toleratedBytes;

  BufferAllocator open(ArrowContext context) {
    return context.newWriterAllocator();
  }

  /** Closes the allocator once it is empty, or keeps it for {@link #closeAll()}. */
  void release(BufferAllocator allocator) {
    if (drain(allocator, WAIT_MILLIS)) {
      allocator.close();
    } else {
      lingering.add(allocator);
    }
  }

  /**
   * Closes every lingering allocator that drained; returns the bytes still held by the others (the
   * tolerated writer leak), which are left open.
   */
  long closeAll() {
    long held = 0;
    for (BufferAllocator allocator : lingering) {
      if (drain(allocator, WAIT_MILLIS)) {
        allocator.close();
      } else {
        held += allocator.getAllocatedMemory();
      }
    }
    lingering.clear();
    toleratedBytes += held;
    return held;
  }

  long toleratedBytes() {
    return toleratedBytes;
  }

  private static boolean drain(BufferAllocator allocator, long millis) {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (allocator.getAllocatedMemory() > 0) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
