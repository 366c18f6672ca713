package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/** {@code floorDiv(micros, every) * every} on a TIMESTAMP, counted from the 1970 epoch. */
final class ArrowTruncateExpr implements ArrowVectorExpr {
  private final ArrowVectorExpr input;
  private final long every;
  private final String text;
  private final BufferAllocator allocator;

  ArrowTruncateExpr(ArrowVectorExpr input, long every, String text, BufferAllocator allocator) {
    this.input = input;
    this.every = every;
    this.text = text;
    this.allocator = allocator;
  }

  @Override
  public DataType type() {
    return DataType.TIMESTAMP;
  }

  @Override
  public FieldVector eval(VectorSchemaRoot batch, int rows, boolean @Nullable [] active) {
    TimeStampMicroVector a = (TimeStampMicroVector) input.eval(batch, rows, active);
    TimeStampMicroVector out = new TimeStampMicroVector("value", allocator);
    try {
      out.allocateNew(Math.max(1, rows));
      ArrowBuf data = a.getDataBuffer();
      for (int i = 0; i < rows; i++) {
        if (a.isNull(i)) {
          continue;
        }
        long micros = data.getLong((long) i * 8);
        try {
          out.set(i, Math.multiplyExact(Math.floorDiv(micros, every), every));
        } catch (ArithmeticException e) {
          if (ArrowVectorExpr.isActive(active, i)) {
            throw new EvaluationException("timestamp out of range in " + text, e);
          }
        }
      }
      out.setValueCount(rows);
      return out;
    } catch (RuntimeException e) {
      out.close();
      throw e;
    } finally {
      input.release(a);
    }
  }
}
