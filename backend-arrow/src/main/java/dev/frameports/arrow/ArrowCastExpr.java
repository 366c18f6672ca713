package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;
import dev.frameports.frame.TimestampText;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/** A conversion from the {@code Expr.Cast} table; a value that does not convert is an error. */
final class ArrowCastExpr implements ArrowVectorExpr {
  static final long MICROS_PER_DAY = 86_400_000_000L;
  private static final double TWO_TO_63 = 9.223372036854775808E18;

  private final ArrowVectorExpr input;
  private final DataType from;
  private final DataType to;
  private final String text;
  private final BufferAllocator allocator;

  ArrowCastExpr(ArrowVectorExpr input, DataType to, String text, BufferAllocator allocator) {
    this.input = input;
    this.from = input.type();
    this.to = to;
    this.text = text;
    this.allocator = allocator;
  }

  @Override
  public DataType type() {
    return to;
  }

  @Override
  public FieldVector eval(VectorSchemaRoot batch, int rows, boolean @Nullable [] active) {
    FieldVector a = input.eval(batch, rows, active);
    FieldVector out = ArrowTypes.newVector("value", to, allocator);
    try {
      out.setInitialCapacity(Math.max(1, rows));
      out.allocateNew();
      for (int i = 0; i < rows; i++) {
        if (a.isNull(i)) {
          ArrowVectors.setNull(out, i);
          continue;
        }
        try {
          convert(a, i, out);
        } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
          if (ArrowVectorExpr.isActive(active, i)) {
            throw new EvaluationException(
                "cannot cast "
                    + ArrowVectors.get(a, from, i)
                    + " ("
                    + from
                    + ") to "
                    + to
                    + " in "
                    + text,
                e);
          }
          ArrowVectors.setNull(out, i);
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

  private void convert(FieldVector a, int i, FieldVector out) {
    if (to == DataType.STRING) {
      ((VarCharVector) out).setSafe(i, toText(a, i).getBytes(StandardCharsets.UTF_8));
    } else if (from == DataType.STRING) {
      fromText(ArrowVectors.string((VarCharVector) a, i), out, i);
    } else if (from == DataType.TIMESTAMP) {
      long micros = ArrowVectors.longAt(a, i);
      ((DateDayVector) out).set(i, Math.toIntExact(Math.floorDiv(micros, MICROS_PER_DAY)));
    } else if (from == DataType.DATE) {
      long days = ArrowVectors.longAt(a, i);
      ((TimeStampMicroVector) out).set(i, Math.multiplyExact(days, MICROS_PER_DAY));
    } else if (from == DataType.FLOAT64) {
      fromDouble(ArrowVectors.doubleAt(a, i), out, i);
    } else {
      fromLong(ArrowVectors.longAt(a, i), out, i);
    }
  }

  private String toText(FieldVector a, int i) {
    return switch (from) {
      case BOOLEAN -> ArrowVectors.longAt(a, i) != 0 ? "true" : "false";
      case INT32, INT64 -> Long.toString(ArrowVectors.longAt(a, i));
      case DATE -> LocalDate.ofEpochDay(ArrowVectors.longAt(a, i)).toString();
      case TIMESTAMP ->
          TimestampText.format(TimestampText.fromEpochMicros(ArrowVectors.longAt(a, i)));
      default -> String.valueOf(ArrowVectors.get(a, from, i));
    };
  }

  private void fromText(String value, FieldVector out, int i) {
    String t = value.strip();
    switch (to) {
      case INT32 -> ((IntVector) out).set(i, Integer.parseInt(t));
      case INT64 -> ((BigIntVector) out).set(i, Long.parseLong(t));
      case FLOAT64 -> ((Float8Vector) out).set(i, Double.parseDouble(t));
      case BOOLEAN -> {
        String lower = t.toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
          throw new NumberFormatException("not a boolean: " + value);
        }
        ((BitVector) out).set(i, lower.equals("true") ? 1 : 0);
      }
      case DATE -> ((DateDayVector) out).set(i, Math.toIntExact(LocalDate.parse(t).toEpochDay()));
      case TIMESTAMP ->
          ((TimeStampMicroVector) out)
              .set(i, TimestampText.toEpochMicros(TimestampText.parse(value)));
      default -> throw new IllegalStateException("cast to " + to);
    }
  }

  private void fromLong(long v, FieldVector out, int i) {
    switch (to) {
      case BOOLEAN -> ((BitVector) out).set(i, v != 0 ? 1 : 0);
      case INT32 -> ((IntVector) out).set(i, Math.toIntExact(v));
      case INT64 -> ((BigIntVector) out).set(i, v);
      case FLOAT64 -> ((Float8Vector) out).set(i, (double) v);
      default -> throw new IllegalStateException("cast " + from + " to " + to);
    }
  }

  private void fromDouble(double v, FieldVector out, int i) {
    double t = v < 0 ? Math.ceil(v) : Math.floor(v);
    switch (to) {
      case BOOLEAN -> ((BitVector) out).set(i, v != 0 ? 1 : 0);
      case FLOAT64 -> ((Float8Vector) out).set(i, v);
      case INT32 -> {
        if (!(t >= Integer.MIN_VALUE && t <= Integer.MAX_VALUE)) {
          throw new ArithmeticException("out of INT32 range");
        }
        ((IntVector) out).set(i, (int) t);
      }
      case INT64 -> {
        if (!(t >= -TWO_TO_63 && t < TWO_TO_63)) {
          throw new ArithmeticException("out of INT64 range");
        }
        ((BigIntVector) out).set(i, (long) t);
      }
      default -> throw new IllegalStateException("cast " + from + " to " + to);
    }
  }
}
