package dev.frameports.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * The memory of this JVM as the peak-memory measurement sees it: the process RSS high-water mark
 * ({@code VmHWM}, which includes DuckDB's and Arrow's native memory) and the heap pool peaks.
 */
final class ProcessMemory {
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private ProcessMemory() {}

  /** {@code VmHWM} in MiB; empty where /proc is not available. */
  static OptionalDouble rssHighWaterMb() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring("VmHWM:".length()).trim().split("\\s+")[0];
          return OptionalDouble.of(Long.parseLong(kb) / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or /proc hidden: the measurement says "unknown" instead of failing
    }
    return OptionalDouble.empty();
  }

  /** The sum of the peak usage of every heap pool, in MiB. */
  static double heapPeakMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024.0 * 1024.0);
  }

  /** The heap limit ({@code -Xmx}) in MiB. */
  static double maxHeapMb() {
    return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
  }

  /**
   * Starts a new peak: collects garbage, resets the heap pool peaks and the RSS high-water mark
   * (writing "5" to {@code /proc/self/clear_refs} sets VmHWM to the current RSS). Called at the end
   * of a trial's setup, so the peak covers the measured operations, not the setup or the check.
   *
   * @return whether VmHWM could be reset (if not, it also covers the setup)
   */
  static boolean resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    try {
      Files.writeString(CLEAR_REFS, "5");
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
