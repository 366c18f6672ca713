package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.TimestampText;
import dev.frameports.frame.source.CsvRecordReader;
import dev.frameports.frame.source.CsvText;
import dev.frameports.frame.source.Source;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.c.Data;
import org.apache.arrow.dataset.file.FileFormat;
import org.apache.arrow.dataset.scanner.FragmentScanOptions;
import org.apache.arrow.dataset.scanner.csv.CsvConvertOptions;
import org.apache.arrow.dataset.scanner.csv.CsvFragmentScanOptions;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;

/**
 * CSV through the native reader with every column read as text: columns are matched by position
 * (the declared schema names them), an empty unquoted field is null and {@code ""} the empty
 * string. Values are parsed here with {@link CsvText}'s rules, integers straight from the bytes.
 */
final class ArrowCsvFormat implements ArrowDatasetScan.Format {
  private final Source.Csv source;
  private final Schema output;
  private final int[] positions;

  ArrowCsvFormat(Source.Csv source, Schema output) {
    this.source = source;
    this.output = output;
    this.positions = output.names().stream().mapToInt(source.schema()::indexOf).toArray();
  }

  @Override
  public String name() {
    return "CSV";
  }

  @Override
  public FileFormat fileFormat() {
    return FileFormat.CSV;
  }

  @Override
  public FragmentScanOptions options(BufferAllocator allocator, List<ArrowSchema> exported) {
    Map<String, String> convert = new HashMap<>();
    convert.put("strings_can_be_null", "true");
    convert.put("null_values", "");
    convert.put("quoted_strings_can_be_null", "false");
    CsvConvertOptions convertOptions = new CsvConvertOptions(convert);
    List<org.apache.arrow.vector.types.pojo.Field> text = new ArrayList<>();
    for (int i = 0; i < source.schema().size(); i++) {
      text.add(org.apache.arrow.vector.types.pojo.Field.nullable("f" + i, ArrowType.Utf8.INSTANCE));
    }
    ArrowSchema schema = ArrowSchema.allocateNew(allocator);
    exported.add(schema);
    Data.exportSchema(allocator, new org.apache.arrow.vector.types.pojo.Schema(text), null, schema);
    convertOptions.setArrowSchema(schema);
    Map<String, String> read = new HashMap<>();
    read.put("autogenerate_column_names", "true");
    read.put("skip_rows", source.header() ? "1" : "0");
    Map<String, String> parse = new HashMap<>();
    parse.put("delimiter", String.valueOf(source.delimiter()));
    parse.put("newlines_in_values", "true");
    return new CsvFragmentScanOptions(convertOptions, read, parse);
  }

  /**
   * True for an empty file or a header without data rows: the native reader fails on those ("could
   * not read first 2 rows"), while they are simply empty inputs.
   */
  @Override
  public boolean hasNoRows(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CsvRecordReader records = new CsvRecordReader(in, source.delimiter());
      if (source.header() && records.next() == null) {
        return true;
      }
      return records.next() == null;
    } catch (IOException e) {
      throw new SourceException("cannot read CSV file " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String[] columns() {
    String[] names = new String[positions.length];
    for (int i = 0; i < positions.length; i++) {
      names[i] = "f" + positions[i];
    }
    return names;
  }

  @Override
  public void check(Path file, org.apache.arrow.vector.types.pojo.Schema actual) {
    if (actual.getFields().size() < source.schema().size()) {
      throw new SourceException(
          "CSV file "
              + file
              + " has "
              + actual.getFields().size()
              + " columns, the declared schema "
              + source.schema().size());
    }
  }

  @Override
  public List<FieldVector> convert(
      BufferAllocator allocator, Path file, VectorSchemaRoot scanned, long firstRow) {
    List<FieldVector> vectors = new ArrayList<>();
    int rows = scanned.getRowCount();
    try {
      for (int c = 0; c < output.size(); c++) {
        Field field = output.field(c);
        VarCharVector text = (VarCharVector) scanned.getVector(c);
        FieldVector vector = ArrowTypes.newVector(field.name(), field.type(), allocator);
        vectors.add(vector);
        if (field.type() == DataType.STRING) {
          text.makeTransferPair(vector).transfer();
        } else {
          parse(text, rows, field, vector, file, firstRow);
        }
        vector.setValueCount(rows);
      }
      return vectors;
    } catch (RuntimeException e) {
      vectors.forEach(FieldVector::close);
      throw e;
    }
  }

  private static void parse(
      VarCharVector text, int rows, Field field, FieldVector out, Path file, long firstRow) {
    out.setInitialCapacity(Math.max(1, rows));
    out.allocateNew();
    ArrowBuf data = text.getDataBuffer();
    for (int i = 0; i < rows; i++) {
      if (text.isNull(i)) {
        continue;
      }
      int start = text.getStartOffset(i);
      int end = text.getEndOffset(i);
      if (start == end) {
        continue; // "" is null for every type but STRING
      }
      if (field.type().isInteger()) {
        long value = ArrowCsvFormat.parseLong(data, start, end);
        if (value != NOT_A_NUMBER) {
          if (out instanceof BigIntVector longs) {
            longs.set(i, value);
            continue;
          } else if (value == (int) value) {
            ((IntVector) out).set(i, (int) value);
            continue;
          }
        }
      }
      Object value;
      try {
        value = CsvText.parse(ArrowVectors.string(text, i), field.type());
      } catch (IllegalArgumentException e) {
        throw new SourceException(
            "CSV file "
                + file
                + ", column '"
                + field.name()
                + "', data row "
                + (firstRow + i + 1)
                + ": "
                + e.getMessage(),
            e);
      }
      setParsed(out, field.type(), i, value);
    }
  }

  private static void setParsed(FieldVector out, DataType type, int i, Object value) {
    if (value == null) {
      return;
    }
    if (type == DataType.TIMESTAMP) {
      ((org.apache.arrow.vector.TimeStampMicroVector) out)
          .set(i, TimestampText.toEpochMicros((LocalDateTime) value));
    } else if (type == DataType.DATE) {
      ((org.apache.arrow.vector.DateDayVector) out)
          .set(i, Math.toIntExact(((LocalDate) value).toEpochDay()));
    } else {
      ArrowVectors.set(out, type, i, value);
    }
  }

  /** A sentinel that no fast-parsed value takes: the slow path decides. */
  static final long NOT_A_NUMBER = Long.MIN_VALUE;

  /**
   * Plain ASCII decimal integers with an optional sign and surrounding spaces; anything else (and
   * {@link Long#MIN_VALUE}) returns {@link #NOT_A_NUMBER} for the exact, slower path.
   */
  static long parseLong(ArrowBuf data, int start, int end) {
    while (start < end && data.getByte(start) == ' ') {
      start++;
    }
    while (end > start && data.getByte(end - 1) == ' ') {
      end--;
    }
    if (start == end) {
      return NOT_A_NUMBER;
    }
    boolean negative = false;
    byte first = data.getByte(start);
    if (first == '-' || first == '+') {
      negative = first == '-';
      start++;
    }
    if (start == end || end - start > 18) {
      return NOT_A_NUMBER;
    }
    long value = 0;
    for (int k = start; k < end; k++) {
      int digit = data.getByte(k) - '0';
      if (digit < 0 || digit > 9) {
        return NOT_A_NUMBER;
      }
      value = value * 10 + digit;
    }
    return negative ? -value : value;
  }
}
