package dev.frameports.usage.generate;

import dev.frameports.usage.GpuStateRow;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One collector run: every row shares {@code timestamp}.
 *
 * @param step the 5-minute step since the start of the window (missed steps leave gaps)
 */
public record Snapshot(int step, LocalDateTime timestamp, List<GpuStateRow> rows) {
  public Snapshot {
    rows = List.copyOf(rows);
  }
}
