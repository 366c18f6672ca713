package dev.frameports.tck.reference;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.BackendProvider;
import java.util.Map;

/**
 * Creates the reference backend: a slow, obviously correct, row-at-a-time interpreter of the whole
 * API, used as the oracle of the differential tests. It is not registered with {@link
 * java.util.ServiceLoader}, so {@link dev.frameports.frame.spi.Backends#load()} never picks it;
 * create it directly with {@code new ReferenceBackendProvider().create(Map.of())}.
 *
 * <p>It supports every source and sink except Parquet ({@link
 * dev.frameports.frame.spi.Capability#PARQUET_SOURCE} and {@code PARQUET_SINK}).
 */
public final class ReferenceBackendProvider implements BackendProvider {
  /** The backend's name, {@code "reference"}. */
  public static final String NAME = "reference";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "reference: a row-at-a-time heap interpreter, the oracle of the contract kit";
  }

  /**
   * A new reference backend.
   *
   * @param options must be empty: the reference has no options
   * @throws IllegalArgumentException for any option
   */
  @Override
  public Backend create(Map<String, String> options) {
    if (!options.isEmpty()) {
      throw new IllegalArgumentException(
          "the reference backend has no options; got " + options.keySet() + ", known: none");
    }
    return new ReferenceBackend();
  }
}
