package dev.frameports.arrow;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The backend options, parsed and checked. */
record ArrowOptions(long memoryLimit, int batchSize) {
  static final String MEMORY_LIMIT = "memory_limit";
  static final String BATCH_SIZE = "batch_size";
  static final List<String> KNOWN = List.of(MEMORY_LIMIT, BATCH_SIZE);
  static final long DEFAULT_MEMORY_LIMIT = 1L << 30;
  static final int DEFAULT_BATCH_SIZE = 65_536;

  ArrowOptions {
    if (memoryLimit <= 0) {
      throw new IllegalArgumentException("memory_limit must be positive, got " + memoryLimit);
    }
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batch_size must be positive, got " + batchSize);
    }
  }

  static ArrowOptions parse(Map<String, String> options) {
    for (String key : options.keySet()) {
      if (!KNOWN.contains(key)) {
        throw new IllegalArgumentException(
            "unknown option '" + key + "' for backend arrow; known options: " + KNOWN);
      }
    }
    long limit =
        options.containsKey(MEMORY_LIMIT)
            ? parseBytes(options.get(MEMORY_LIMIT))
            : DEFAULT_MEMORY_LIMIT;
    int batch = DEFAULT_BATCH_SIZE;
    if (options.containsKey(BATCH_SIZE)) {
      try {
        batch = Integer.parseInt(options.get(BATCH_SIZE).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "batch_size must be a number of rows, got '" + options.get(BATCH_SIZE) + "'", e);
      }
    }
    return new ArrowOptions(limit, batch);
  }

  /**
   * Bytes from text such as {@code 1048576}, {@code 512k}, {@code 64m}, {@code 1g}, {@code 2GB}.
   */
  static long parseBytes(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.endsWith("ib")) {
      t = t.substring(0, t.length() - 2);
    } else if (t.endsWith("b")) {
      t = t.substring(0, t.length() - 1);
    }
    long unit = 1;
    if (!t.isEmpty()) {
      switch (t.charAt(t.length() - 1)) {
        case 'k' -> unit = 1L << 10;
        case 'm' -> unit = 1L << 20;
        case 'g' -> unit = 1L << 30;
        case 't' -> unit = 1L << 40;
        default -> unit = 1;
      }
    }
    String digits = unit == 1 ? t : t.substring(0, t.length() - 1).strip();
    try {
      return Math.multiplyExact(Long.parseLong(digits), unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "memory_limit must be bytes such as 1073741824, 512m or 1g, got '" + text + "'", e);
    }
  }
}
