package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Schema;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.jspecify.annotations.Nullable;

/**
 * The one Arrow vector type of each frameports type: BOOLEAN {@code BitVector}, INT32 {@code
 * IntVector}, INT64 {@code BigIntVector}, FLOAT64 {@code Float8Vector}, STRING {@code
 * VarCharVector}, TIMESTAMP {@code TimeStampMicroVector} (no zone), DATE {@code DateDayVector}.
 */
final class ArrowTypes {
  private ArrowTypes() {}

  static ArrowType arrowType(DataType type) {
    return switch (type) {
      case BOOLEAN -> ArrowType.Bool.INSTANCE;
      case INT32 -> new ArrowType.Int(32, true);
      case INT64 -> new ArrowType.Int(64, true);
      case FLOAT64 -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      case STRING -> ArrowType.Utf8.INSTANCE;
      case TIMESTAMP -> new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
      case DATE -> new ArrowType.Date(DateUnit.DAY);
    };
  }

  static Field field(String name, DataType type) {
    return Field.nullable(name, arrowType(type));
  }

  static List<Field> fields(Schema schema) {
    return schema.fields().stream().map(f -> field(f.name(), f.type())).toList();
  }

  static org.apache.arrow.vector.types.pojo.Schema arrowSchema(Schema schema) {
    return new org.apache.arrow.vector.types.pojo.Schema(fields(schema));
  }

  /** A new, empty vector of the type's canonical class. */
  static FieldVector newVector(String name, DataType type, BufferAllocator allocator) {
    return field(name, type).createVector(allocator);
  }

  /**
   * The frameports type a file column of this Arrow type reads as, or null when it has none. Narrow
   * integers widen, unsigned 32-bit becomes INT64, any timestamp unit or zone becomes a naive
   * microsecond TIMESTAMP (zoned values keep their UTC wall clock).
   */
  static @Nullable DataType fromFile(ArrowType type) {
    if (type instanceof ArrowType.Bool) {
      return DataType.BOOLEAN;
    } else if (type instanceof ArrowType.Int i) {
      if (i.getBitWidth() < 32 || i.getBitWidth() == 32 && i.getIsSigned()) {
        return DataType.INT32;
      }
      return i.getBitWidth() == 32 || i.getIsSigned() ? DataType.INT64 : null;
    } else if (type instanceof ArrowType.FloatingPoint f) {
      return f.getPrecision() == FloatingPointPrecision.HALF ? null : DataType.FLOAT64;
    } else if (type instanceof ArrowType.Utf8 || type instanceof ArrowType.LargeUtf8) {
      return DataType.STRING;
    } else if (type instanceof ArrowType.Timestamp) {
      return DataType.TIMESTAMP;
    } else if (type instanceof ArrowType.Date) {
      return DataType.DATE;
    }
    return null;
  }
}
