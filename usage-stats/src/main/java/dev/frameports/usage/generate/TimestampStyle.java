package dev.frameports.usage.generate;

import dev.frameports.frame.TimestampText;
import java.time.LocalDateTime;

/** How timestamps are stored as text (usage-stats-spec.md §2.2, §7 item 1). */
public enum TimestampStyle {
  /** {@code 2025-12-02 16:05:01.482913}: always six fraction digits, as SQLAlchemy writes. */
  MICROS,
  /** {@code 2025-12-02 16:05:01}: no fraction, as the upstream test DBs written by sqlite3. */
  SECONDS;

  /** The stored text of {@code timestamp}; {@link #SECONDS} drops the fraction. */
  public String format(LocalDateTime timestamp) {
    return this == MICROS
        ? TimestampText.formatWithMicros(timestamp)
        : TimestampText.format(timestamp.withNano(0));
  }
}
