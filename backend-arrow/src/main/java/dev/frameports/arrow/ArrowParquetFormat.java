package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.dataset.file.FileFormat;
import org.apache.arrow.dataset.scanner.FragmentScanOptions;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.jspecify.annotations.Nullable;

/**
 * Parquet through the native reader: columns by name, types from the footer. Canonical vectors are
 * transferred without a copy; narrower integers, floats, other timestamp units and large strings
 * are converted.
 */
final class ArrowParquetFormat implements ArrowDatasetScan.Format {
  private final Schema output;

  ArrowParquetFormat(Schema output) {
    this.output = output;
  }

  /** The frameports schema of a Parquet file's Arrow schema. */
  static Schema schemaOf(Path file, org.apache.arrow.vector.types.pojo.Schema arrow) {
    List<Field> fields = new ArrayList<>();
    for (org.apache.arrow.vector.types.pojo.Field field : arrow.getFields()) {
      DataType type = ArrowTypes.fromFile(field.getType());
      if (type == null) {
        throw new SourceException(
            "Parquet file "
                + file
                + ": column '"
                + field.getName()
                + "' has the unsupported type "
                + field.getType());
      }
      fields.add(Field.of(field.getName(), type));
    }
    return new Schema(fields);
  }

  @Override
  public String name() {
    return "Parquet";
  }

  @Override
  public FileFormat fileFormat() {
    return FileFormat.PARQUET;
  }

  @Override
  public @Nullable FragmentScanOptions options(
      BufferAllocator allocator, List<ArrowSchema> exported) {
    return null;
  }

  @Override
  public String[] columns() {
    return output.names().toArray(String[]::new);
  }

  @Override
  public void check(Path file, org.apache.arrow.vector.types.pojo.Schema actual) {
    Schema schema = schemaOf(file, actual);
    for (Field field : output.fields()) {
      Field found =
          schema
              .find(field.name())
              .orElseThrow(
                  () ->
                      new SourceException(
                          "Parquet file " + file + " has no column '" + field.name() + "'"));
      if (found.type() != field.type()) {
        throw new SourceException(
            "Parquet file "
                + file
                + ": column '"
                + field.name()
                + "' is "
                + found.type()
                + ", expected "
                + field.type());
      }
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
        FieldVector source = scanned.getVector(field.name());
        FieldVector vector = ArrowTypes.newVector(field.name(), field.type(), allocator);
        vectors.add(vector);
        if (source.getClass() == vector.getClass()
            && canonical(source.getField().getType(), field.type())) {
          source.makeTransferPair(vector).transfer();
        } else {
          widen(source, vector, rows);
        }
        vector.setValueCount(rows);
      }
      return vectors;
    } catch (RuntimeException e) {
      vectors.forEach(FieldVector::close);
      throw e;
    }
  }

  private static boolean canonical(ArrowType type, DataType expected) {
    return type.equals(ArrowTypes.arrowType(expected));
  }

  private static void widen(FieldVector source, FieldVector out, int rows) {
    out.setInitialCapacity(Math.max(1, rows));
    out.allocateNew();
    for (int i = 0; i < rows; i++) {
      if (source.isNull(i)) {
        ArrowVectors.setNull(out, i);
      } else if (out instanceof IntVector ints) {
        ints.set(i, (int) ((BaseIntVector) source).getValueAsLong(i));
      } else if (out instanceof BigIntVector longs) {
        longs.set(i, ((BaseIntVector) source).getValueAsLong(i));
      } else if (out instanceof Float8Vector doubles) {
        doubles.set(i, ((Float4Vector) source).get(i));
      } else if (out instanceof VarCharVector strings) {
        strings.setSafe(i, ((LargeVarCharVector) source).get(i));
      } else if (out instanceof TimeStampMicroVector micros) {
        micros.set(i, toMicros((TimeStampVector) source, i));
      } else if (out instanceof DateDayVector days) {
        days.set(i, (int) Math.floorDiv(((DateMilliVector) source).get(i), 86_400_000L));
      } else {
        out.copyFromSafe(i, i, source);
      }
    }
  }

  private static long toMicros(TimeStampVector source, int i) {
    long value = source.get(i);
    TimeUnit unit = ((ArrowType.Timestamp) source.getField().getType()).getUnit();
    return switch (unit) {
      case SECOND -> Math.multiplyExact(value, 1_000_000L);
      case MILLISECOND -> Math.multiplyExact(value, 1_000L);
      case MICROSECOND -> value;
      case NANOSECOND -> Math.floorDiv(value, 1_000L);
    };
  }
}
