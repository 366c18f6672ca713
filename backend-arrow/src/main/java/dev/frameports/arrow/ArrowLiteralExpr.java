package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/** A constant, repeated over the rows of the batch (nodes that can use the scalar do so). */
final class ArrowLiteralExpr implements ArrowVectorExpr {
  private final @Nullable Object value;
  private final DataType type;
  private final BufferAllocator allocator;

  ArrowLiteralExpr(@Nullable Object value, DataType type, BufferAllocator allocator) {
    this.value = value;
    this.type = type;
    this.allocator = allocator;
  }

  @Nullable Object value() {
    return value;
  }

  @Override
  public DataType type() {
    return type;
  }

  @Override
  public FieldVector eval(VectorSchemaRoot batch, int rows, boolean @Nullable [] active) {
    FieldVector out = ArrowTypes.newVector("literal", type, allocator);
    if (out instanceof VarCharVector strings) {
      byte[] bytes =
          value == null ? new byte[0] : ((String) value).getBytes(StandardCharsets.UTF_8);
      strings.allocateNew(Math.max(1L, (long) bytes.length * rows), Math.max(1, rows));
      for (int i = 0; i < rows && value != null; i++) {
        strings.set(i, bytes);
      }
    } else {
      ((BaseFixedWidthVector) out).allocateNew(Math.max(1, rows));
      if (value != null && rows > 0) {
        ArrowVectors.set(out, type, 0, value);
        for (int i = 1; i < rows; i++) {
          out.copyFrom(0, i, out);
        }
      }
    }
    out.setValueCount(rows);
    return out;
  }
}
