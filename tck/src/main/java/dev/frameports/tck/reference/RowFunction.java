package dev.frameports.tck.reference;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A compiled scalar expression: the value of one row. */
@FunctionalInterface
interface RowFunction {
  @Nullable Object apply(List<@Nullable Object> row);
}
