package dev.frameports.frame;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The closed set of column types every backend supports.
 *
 * <p>Each type has exactly one Java value class, used in {@link Frame} cells, in literals and in
 * in-memory sources. A {@code null} cell is a null of the column's type.
 */
public enum DataType {
  /** {@link Boolean}. */
  BOOLEAN(Boolean.class),
  /** {@link Integer}; arithmetic that overflows 32 bits is an error. */
  INT32(Integer.class),
  /** {@link Long}; arithmetic that overflows 64 bits is an error. */
  INT64(Long.class),
  /** {@link Double}; NaN and infinities are outside the contract. */
  FLOAT64(Double.class),
  /** {@link String}; compared by Unicode code point (the UTF-8 byte order). */
  STRING(String.class),
  /** {@link LocalDateTime} without zone, microsecond precision (nanoseconds are truncated). */
  TIMESTAMP(LocalDateTime.class),
  /** {@link LocalDate}. */
  DATE(LocalDate.class);

  private final Class<?> javaClass;

  DataType(Class<?> javaClass) {
    this.javaClass = javaClass;
  }

  /** The Java class of non-null values of this type. */
  public Class<?> javaClass() {
    return javaClass;
  }

  /** True for {@link #INT32}, {@link #INT64} and {@link #FLOAT64}. */
  public boolean isNumeric() {
    return this == INT32 || this == INT64 || this == FLOAT64;
  }

  /** True for {@link #INT32} and {@link #INT64}. */
  public boolean isInteger() {
    return this == INT32 || this == INT64;
  }

  /**
   * The type of a Java value, for literals and in-memory rows.
   *
   * @throws IllegalArgumentException for a class outside the contract (a {@code Float} or {@code
   *     Short} is widened by {@link Expr#lit(Object)}, not here)
   */
  public static DataType of(Object value) {
    for (DataType type : values()) {
      if (type.javaClass.isInstance(value)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "no frameports type for Java value " + value + " of " + value.getClass().getName());
  }
}
