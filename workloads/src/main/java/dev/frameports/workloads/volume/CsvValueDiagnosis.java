package dev.frameports.workloads.volume;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.FrameException;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.CsvRecordReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Naming the line of a bad CSV value when the engine did not. DuckDB's conversion error names the
 * file and the value but not the line; when a failure names exactly one input file, that file is
 * read again with the declared schema to find the first value that does not parse. Cost: one read
 * of one file, only on the failure path.
 */
final class CsvValueDiagnosis {
  private CsvValueDiagnosis() {}

  /**
   * The exception to throw for {@code failure}: a {@link SourceException} with {@code "CSV file F,
   * line N, column C: 'value' is not a TYPE"} when the failure names exactly one of {@code files}
   * (and no line) and a bad value is found there; otherwise {@code failure} itself.
   */
  static FrameException diagnose(List<Path> files, Schema schema, FrameException failure) {
    String message = String.valueOf(failure.getMessage());
    List<Path> named = files.stream().filter(f -> message.contains(f.toString())).toList();
    if (named.size() != 1 || message.contains("line ")) {
      return failure;
    }
    Path file = named.get(0);
    Optional<String> bad;
    try {
      bad = firstBadValue(file, schema);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
      return failure;
    }
    if (bad.isEmpty()) {
      return failure;
    }
    SourceException located =
        new SourceException("CSV file " + file + ", " + bad.get() + " (" + message + ")", failure);
    return located;
  }

  /** {@code line N, column C: 'value' is not a TYPE} for the first bad value, if any. */
  static Optional<String> firstBadValue(Path file, Schema schema) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CsvRecordReader records = new CsvRecordReader(in, ',');
      records.next(); // the header, checked before the run
      while (true) {
        long line = records.line();
        List<String> record = records.next();
        if (record == null) {
          return Optional.empty();
        }
        if (record.size() != schema.size()) {
          return Optional.of(
              "line " + line + ": " + record.size() + " fields, expected " + schema.size());
        }
        for (int c = 0; c < schema.size(); c++) {
          Field field = schema.field(c);
          String value = record.get(c);
          if (value != null && !parses(value, field.type())) {
            return Optional.of(
                "line "
                    + line
                    + ", column "
                    + field.name()
                    + ": '"
                    + value
                    + "' is not a "
                    + field.type());
          }
        }
      }
    }
  }

  private static boolean parses(String value, DataType type) {
    try {
      switch (type) {
        case INT32 -> Integer.parseInt(value.strip());
        case INT64 -> Long.parseLong(value.strip());
        case FLOAT64 -> Double.parseDouble(value.strip());
        default -> {
          // strings always parse; the volume schema has no other types
        }
      }
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
