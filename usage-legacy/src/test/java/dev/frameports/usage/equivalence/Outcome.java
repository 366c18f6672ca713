package dev.frameports.usage.equivalence;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What one side returned, or the message of what it threw: the oracle and the port throw different
 * exception classes ({@code LegacyNoDataException}, {@code NoDataException}) with the same upstream
 * message, so a failure compares by message.
 */
record Outcome(@Nullable Object value, @Nullable String failure) {

  static Outcome of(Supplier<?> computation) {
    try {
      return new Outcome(computation.get(), null);
    } catch (RuntimeException e) {
      return new Outcome(
          null, e.getClass().getSimpleName().replace("Legacy", "") + ": " + e.getMessage());
    }
  }
}
