package dev.frameports.arrow;

import dev.frameports.frame.Schema;
import dev.frameports.frame.source.AtomicFiles;
import dev.frameports.frame.source.CsvText;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Streams batches into one CSV file (header, commas, LF), written atomically. */
final class ArrowCsvSink {
  private ArrowCsvSink() {}

  static void write(ArrowBatchReader input, Path target) {
    Schema schema = input.schema();
    AtomicFiles.write(
        target,
        temporary -> {
          try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            for (int c = 0; c < schema.size(); c++) {
              if (c > 0) {
                out.write(',');
              }
              out.write(CsvText.format(schema.field(c).name(), ','));
            }
            out.write('\n');
            while (input.next()) {
              VectorSchemaRoot batch = input.batch();
              for (int r = 0; r < batch.getRowCount(); r++) {
                for (int c = 0; c < schema.size(); c++) {
                  if (c > 0) {
                    out.write(',');
                  }
                  Object value = ArrowVectors.get(batch.getVector(c), schema.field(c).type(), r);
                  out.write(CsvText.format(value, ','));
                }
                out.write('\n');
              }
            }
          }
        });
  }
}
