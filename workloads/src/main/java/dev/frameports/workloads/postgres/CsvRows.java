package dev.frameports.workloads.postgres;

import dev.frameports.frame.DataType;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.CsvRecordReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Streams a load file record by record through common's {@link CsvRecordReader}, checking the
 * header and parsing every field as its column's declared type. Constant memory. Every failure is a
 * {@link SourceException} naming the file and the line. Not thread-safe; close it.
 */
final class CsvRows implements AutoCloseable {
  // what PostgreSQL and DuckDB accept as a float literal; Double.parseDouble alone would also take
  // "NaN", "Infinity", "1d" and hex
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  private final Path file;
  private final LoadTable table;
  private final BufferedReader in;
  private final CsvRecordReader records;

  CsvRows(Path file, LoadTable table) {
    this.file = file;
    this.table = table;
    try {
      this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new SourceException("cannot load " + file + ": no such file", e);
    } catch (IOException e) {
      throw new SourceException("cannot load " + file + ": " + e.getMessage(), e);
    }
    this.records = new CsvRecordReader(in, ',');
    List<@Nullable String> header = read();
    String found = header == null ? "an empty file" : String.join(",", nonNull(header));
    if (!table.header().equals(found)) {
      close();
      throw new SourceException(
          file
              + " line 1: header "
              + found
              + ", expected "
              + table.header()
              + " for table "
              + table.tableName());
    }
  }

  /** The next record, or null at the end of the file. */
  @Nullable CsvRow next() {
    long line = records.line();
    List<@Nullable String> fields = read();
    if (fields == null) {
      return null;
    }
    List<LoadColumn> columns = table.columns();
    if (fields.size() != columns.size()) {
      throw new SourceException(
          file
              + " line "
              + line
              + ": "
              + fields.size()
              + " fields, expected "
              + columns.size()
              + " ("
              + table.header()
              + ")");
    }
    List<@Nullable Object> values = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      values.add(parse(columns.get(i), fields.get(i), line));
    }
    return new CsvRow(line, values, fields);
  }

  private @Nullable Object parse(LoadColumn column, @Nullable String text, long line) {
    if (text == null) {
      if (!column.nullable()) {
        throw bad(column, "", line, "an empty value in a NOT NULL column");
      }
      return null;
    }
    DataType type = column.type();
    try {
      switch (type) {
        case INT32:
          int value = Integer.parseInt(text);
          if (column.isSmallint() && (value < Short.MIN_VALUE || value > Short.MAX_VALUE)) {
            throw bad(column, text, line, "out of the smallint range");
          }
          return value;
        case FLOAT64:
          if (!DECIMAL.matcher(text).matches()) {
            throw bad(column, text, line, "not a decimal number");
          }
          return Double.parseDouble(text);
        case BOOLEAN:
          String lower = text.toLowerCase(Locale.ROOT);
          if (lower.equals("true") || lower.equals("false")) {
            return lower.equals("true");
          }
          throw bad(column, text, line, "not a boolean (true or false)");
        case STRING:
          return text;
        default:
          throw new IllegalStateException("no loader parsing for " + type);
      }
    } catch (NumberFormatException e) {
      throw bad(column, text, line, "not an integer");
    }
  }

  private SourceException bad(LoadColumn column, String text, long line, String why) {
    return new SourceException(
        file + " line " + line + ": column " + column.name() + " value '" + text + "' is " + why);
  }

  private @Nullable List<@Nullable String> read() {
    try {
      return records.next();
    } catch (IOException e) {
      throw new SourceException(file + " line " + records.line() + ": " + e.getMessage(), e);
    }
  }

  private static List<String> nonNull(List<@Nullable String> fields) {
    List<String> names = new ArrayList<>();
    for (String field : fields) {
      names.add(field == null ? "" : field);
    }
    return names;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException ignored) {
      // a reader of a local file: nothing was written, nothing to lose
    }
  }
}
