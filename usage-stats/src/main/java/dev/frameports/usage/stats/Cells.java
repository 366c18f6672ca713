package dev.frameports.usage.stats;

import dev.frameports.frame.Frame;
import dev.frameports.frame.StringOrder;
import java.time.LocalDateTime;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/** Typed reads of collected aggregate cells, and the code-point string order of the API. */
final class Cells {
  /** Strings by Unicode code point, as the frameports sort and pandas order them. */
  static final Comparator<String> CODE_POINT_ORDER = StringOrder.CODE_POINT;

  private Cells() {}

  /** A count or sum cell; null reads as 0. */
  static long longAt(Frame frame, int row, String column) {
    Object value = frame.get(row, column);
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** A FLOAT64 cell, or null. */
  static @Nullable Double doubleAt(Frame frame, int row, String column) {
    Object value = frame.get(row, column);
    return value == null ? null : ((Number) value).doubleValue();
  }

  static @Nullable LocalDateTime timestampAt(Frame frame, int row, String column) {
    return (LocalDateTime) frame.get(row, column);
  }

  static @Nullable String stringAt(Frame frame, int row, String column) {
    return (String) frame.get(row, column);
  }
}
