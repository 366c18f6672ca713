package dev.frameports.frame.spi;

/**
 * Optional abilities of a backend. Everything not listed here is required of every backend. A
 * backend without a capability throws the exception of {@link #unsupported} when asked for it; the
 * contract kit asserts that exception instead of skipping.
 */
public enum Capability {
  /** Reading Parquet files. */
  PARQUET_SOURCE("Parquet sources"),
  /** Writing Parquet files. */
  PARQUET_SINK("Parquet sinks");

  private final String description;

  Capability(String description) {
    this.description = description;
  }

  /** A human description, e.g. "Parquet sources". */
  public String description() {
    return description;
  }

  /** The exception a backend throws when asked for a capability it lacks. */
  public UnsupportedOperationException unsupported(String backend) {
    return new UnsupportedOperationException(
        "backend '"
            + backend
            + "' does not support "
            + description
            + " (capability "
            + name()
            + ")");
  }
}
