package dev.frameports.tablesaw;

import dev.frameports.frame.source.AtomicFiles;
import dev.frameports.frame.source.CsvText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a frame as CSV (header, comma, LF, the text forms of {@link CsvText}) atomically.
 *
 * <p>Why not Tablesaw's {@code table.write().csv(..)}: it writes missing values and {@code ""} the
 * same way, formats timestamps and doubles its own way and does not write atomically.
 */
final class TablesawCsvSink {
  private static final char DELIMITER = ',';

  private TablesawCsvSink() {}

  static void write(TablesawFrame frame, Path target) {
    AtomicFiles.write(
        target,
        temporary -> {
          try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            write(frame, out);
          }
        });
  }

  private static void write(TablesawFrame frame, BufferedWriter lines) throws IOException {
    var names = frame.schema().names();
    for (int c = 0; c < names.size(); c++) {
      if (c > 0) {
        lines.write(DELIMITER);
      }
      lines.write(CsvText.format(names.get(c), DELIMITER));
    }
    lines.write('\n');
    for (int row = 0; row < frame.rowCount(); row++) {
      for (int c = 0; c < names.size(); c++) {
        if (c > 0) {
          lines.write(DELIMITER);
        }
        lines.write(CsvText.format(frame.column(c).get(row), DELIMITER));
      }
      lines.write('\n');
    }
    lines.flush();
  }
}
