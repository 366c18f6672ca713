package dev.frameports.tck.reference;

import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.CsvRecordReader;
import dev.frameports.frame.source.CsvText;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.source.SourceSchemas;
import dev.frameports.frame.source.SqliteReader;
import dev.frameports.frame.spi.Capability;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads every source the reference supports into a {@link Frame}, in source order. */
final class ReferenceSources {
  private ReferenceSources() {}

  /** The schema of a source; Parquet is not supported. */
  static Schema schema(Source source) {
    return SourceSchemas.of(source)
        .orElseThrow(() -> Capability.PARQUET_SOURCE.unsupported(ReferenceBackendProvider.NAME));
  }

  /** All rows of a source. */
  static Frame read(Source source) {
    if (source instanceof Source.Memory memory) {
      return memory.frame();
    } else if (source instanceof Source.Sqlite sqlite) {
      return readSqlite(sqlite);
    } else if (source instanceof Source.Csv csv) {
      return readCsv(csv);
    }
    throw Capability.PARQUET_SOURCE.unsupported(ReferenceBackendProvider.NAME);
  }

  private static Frame readSqlite(Source.Sqlite source) {
    Schema schema = SqliteReader.schema(source);
    Frame.Builder builder = Frame.builder(schema);
    try (SqliteReader reader = SqliteReader.open(source, schema)) {
      while (reader.next()) {
        Object[] row = new Object[schema.size()];
        for (int c = 0; c < row.length; c++) {
          row[c] = reader.get(c);
        }
        builder.addRow(row);
      }
    }
    return builder.build();
  }

  private static Frame readCsv(Source.Csv source) {
    Frame.Builder builder = Frame.builder(source.schema());
    for (Path file : source.files()) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        readCsvFile(source, file, new CsvRecordReader(in, source.delimiter()), builder);
      } catch (IOException e) {
        throw new SourceException("cannot read CSV file " + file + ": " + e.getMessage(), e);
      }
    }
    return builder.build();
  }

  private static void readCsvFile(
      Source.Csv source, Path file, CsvRecordReader reader, Frame.Builder builder)
      throws IOException {
    Schema schema = source.schema();
    if (source.header()) {
      reader.next();
    }
    while (true) {
      long line = reader.line();
      List<@Nullable String> fields = reader.next();
      if (fields == null) {
        return;
      }
      if (fields.size() != schema.size()) {
        throw new SourceException(
            file + ", line " + line + ": " + fields.size() + " fields, expected " + schema.size());
      }
      Object[] row = new Object[schema.size()];
      for (int c = 0; c < row.length; c++) {
        try {
          row[c] = CsvText.parse(fields.get(c), schema.field(c).type());
        } catch (IllegalArgumentException e) {
          throw new SourceException(
              file
                  + ", line "
                  + line
                  + ", column '"
                  + schema.field(c).name()
                  + "': "
                  + e.getMessage(),
              e);
        }
      }
      builder.addRow(row);
    }
  }
}
