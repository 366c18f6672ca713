package dev.frameports.frame;

import java.util.Objects;

/** A named, typed column of a {@link Schema}. Every column is nullable. */
public record Field(String name, DataType type) {
  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** Shorthand for {@code new Field(name, type)}. */
  public static Field of(String name, DataType type) {
    return new Field(name, type);
  }

  @Override
  public String toString() {
    return name + ": " + type;
  }
}
