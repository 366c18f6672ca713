package dev.frameports.tablesaw;

import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;

/**
 * Epoch-aligned timestamp truncation, which Tablesaw lacks ({@code DateTimeColumn} has no {@code
 * truncatedTo}; {@code timeWindow} gives window numbers, not timestamps, and works in
 * milliseconds).
 */
final class TablesawTruncation {
  private TablesawTruncation() {}

  /**
   * Floors epoch microseconds to a multiple of {@code everyMicros} counted from 1970-01-01 00:00.
   * {@link Math#floorDiv} rounds toward negative infinity, so times before 1970 round down too
   * (plain {@code /} would round them up toward the epoch).
   */
  static long floor(long epochMicros, long everyMicros) {
    if (everyMicros <= 0) {
      throw new IllegalArgumentException("truncation step must be positive: " + everyMicros);
    }
    return Math.multiplyExact(Math.floorDiv(epochMicros, everyMicros), everyMicros);
  }

  /** Truncates every row of a TIMESTAMP column; nulls stay null. */
  static TablesawColumn truncate(TablesawColumn input, long everyMicros, String name) {
    TablesawColumnBuilder out = TablesawColumnBuilder.create(DataType.TIMESTAMP, name);
    for (int row = 0; row < input.size(); row++) {
      if (input.isNull(row)) {
        out.appendNull();
      } else {
        try {
          out.appendLong(floor(input.longAt(row), everyMicros));
        } catch (ArithmeticException e) {
          throw new EvaluationException(
              "timestamp out of range truncating "
                  + input.get(row)
                  + " to a multiple of "
                  + everyMicros
                  + " microseconds",
              e);
        }
      }
    }
    return out.build();
  }
}
