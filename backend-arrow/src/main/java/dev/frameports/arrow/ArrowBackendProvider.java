package dev.frameports.arrow;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.BackendProvider;
import java.util.Map;

/**
 * The {@code arrow} backend: a streaming pipeline of Arrow operators with bounded Java memory.
 *
 * <p>Options: {@code memory_limit} (bytes, with an optional suffix {@code k}, {@code m}, {@code g}
 * or {@code t}; default {@code 1g}) caps every Java buffer the backend allocates; {@code
 * batch_size} (rows, default 65536) is the largest batch an operator produces. The JVM needs {@code
 * --add-opens=java.base/java.nio=ALL-UNNAMED}.
 */
public final class ArrowBackendProvider implements BackendProvider {
  /** The backend's name, as selected with {@code -Dbackend=arrow}. */
  public static final String NAME = "arrow";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Apache Arrow 18.3: streaming pull-based operators over record batches, bounded memory";
  }

  /**
   * A new backend with its own root allocator; the caller closes it.
   *
   * @throws IllegalArgumentException for an unknown option or a malformed value
   */
  @Override
  public Backend create(Map<String, String> options) {
    return new ArrowBackend(ArrowOptions.parse(options));
  }
}
