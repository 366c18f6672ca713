package dev.frameports.tablesaw;

import dev.frameports.frame.Field;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Reads sources into a {@link TablesawFrame}, streaming rows into column builders.
 *
 * <p>Why not Tablesaw's readers: {@code Table.read().csv(..)} turns empty strings into missing
 * values and infers or coerces types its own way, and {@code Table.read().db(..)} maps SQLite's
 * dynamic types by JDBC metadata; the shared {@link SqliteReader}, {@link CsvRecordReader} and
 * {@link CsvText} give every backend the same values. Parquet is unsupported: the only
 * tablesaw-parquet on Maven Central targets Tablesaw 0.43.1 and fails on 0.44.4 ({@code
 * NoSuchFieldError: TEXT}), see {@code jvm-stack.md} §1.
 */
final class TablesawSources {
  static final String BACKEND = "tablesaw";

  private TablesawSources() {}

  /** The schema of a source, from its declaration or metadata; Parquet is unsupported. */
  static Schema schema(Source source) {
    return SourceSchemas.of(source).orElseThrow(() -> unsupported(source));
  }

  /** All rows of a source, typed by {@code schema} (from {@link #schema}). */
  static TablesawFrame read(Source source, Schema schema) {
    if (source instanceof Source.Memory memory) {
      return TablesawFrame.fromFrame(memory.frame());
    } else if (source instanceof Source.Sqlite sqlite) {
      return readSqlite(sqlite, schema);
    } else if (source instanceof Source.Csv csv) {
      return readCsv(csv);
    }
    throw unsupported(source);
  }

  private static UnsupportedOperationException unsupported(Source source) {
    if (source instanceof Source.Parquet) {
      return Capability.PARQUET_SOURCE.unsupported(BACKEND);
    }
    return new UnsupportedOperationException(
        "backend '" + BACKEND + "' cannot read " + source.getClass().getSimpleName());
  }

  private static TablesawFrame readSqlite(Source.Sqlite source, Schema schema) {
    List<TablesawColumnBuilder> builders = builders(schema);
    try (SqliteReader reader = SqliteReader.open(source, schema)) {
      while (reader.next()) {
        for (int c = 0; c < builders.size(); c++) {
          builders.get(c).append(reader.get(c));
        }
      }
    }
    return build(schema, builders);
  }

  private static TablesawFrame readCsv(Source.Csv source) {
    Schema schema = source.schema();
    List<TablesawColumnBuilder> builders = builders(schema);
    for (Path file : source.files()) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        readCsvFile(file, new CsvRecordReader(in, source.delimiter()), source, builders);
      } catch (IOException e) {
        throw new SourceException("cannot read CSV file " + file + ": " + e.getMessage(), e);
      }
    }
    return build(schema, builders);
  }

  private static void readCsvFile(
      Path file, CsvRecordReader reader, Source.Csv source, List<TablesawColumnBuilder> builders)
      throws IOException {
    Schema schema = source.schema();
    if (source.header() && reader.next() == null) {
      return; // an empty file: no header, no rows
    }
    while (true) {
      long line = reader.line();
      List<String> record = reader.next();
      if (record == null) {
        return;
      }
      if (record.size() != schema.size()) {
        throw new SourceException(
            "CSV file "
                + file
                + ", line "
                + line
                + ": "
                + record.size()
                + " fields, the schema has "
                + schema.size()
                + " "
                + schema.names());
      }
      for (int c = 0; c < record.size(); c++) {
        Field field = schema.field(c);
        try {
          builders.get(c).append(CsvText.parse(record.get(c), field.type()));
        } catch (IllegalArgumentException e) {
          throw new SourceException(
              "CSV file "
                  + file
                  + ", line "
                  + line
                  + ", column '"
                  + field.name()
                  + "': "
                  + e.getMessage(),
              e);
        }
      }
    }
  }

  private static List<TablesawColumnBuilder> builders(Schema schema) {
    List<TablesawColumnBuilder> builders = new ArrayList<>();
    for (Field field : schema.fields()) {
      builders.add(TablesawColumnBuilder.create(field.type(), field.name()));
    }
    return builders;
  }

  private static TablesawFrame build(Schema schema, List<TablesawColumnBuilder> builders) {
    List<TablesawColumn> columns = new ArrayList<>();
    for (TablesawColumnBuilder builder : builders) {
      columns.add(builder.build());
    }
    int rows = builders.isEmpty() ? 0 : builders.get(0).size();
    return TablesawFrame.of(schema, columns, rows);
  }
}
