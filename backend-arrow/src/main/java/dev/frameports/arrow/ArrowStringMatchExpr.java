package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.StringOp;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/**
 * {@code contains}, {@code startsWith}, {@code endsWith} and {@code matches}. Case-sensitive
 * literal tests run on the UTF-8 bytes (a byte match of valid UTF-8 is a code point match);
 * case-insensitive ones fold both sides with simple lower-casing per code point; regular
 * expressions search.
 */
final class ArrowStringMatchExpr implements ArrowVectorExpr {
  private final StringOp op;
  private final ArrowVectorExpr input;
  private final boolean ignoreCase;
  private final String pattern;
  private final byte[] patternBytes;
  private final @Nullable Pattern regex;
  private final BufferAllocator allocator;

  ArrowStringMatchExpr(
      StringOp op,
      ArrowVectorExpr input,
      String pattern,
      boolean ignoreCase,
      BufferAllocator allocator) {
    this.op = op;
    this.input = input;
    this.ignoreCase = ignoreCase;
    this.pattern = ignoreCase ? fold(pattern) : pattern;
    this.patternBytes = pattern.getBytes(StandardCharsets.UTF_8);
    this.regex =
        op == StringOp.MATCHES
            ? Pattern.compile(
                pattern, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0)
            : null;
    this.allocator = allocator;
  }

  /** Unicode simple lower-casing, one code point at a time. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
    return out.toString();
  }

  @Override
  public DataType type() {
    return DataType.BOOLEAN;
  }

  @Override
  public FieldVector eval(VectorSchemaRoot batch, int rows, boolean @Nullable [] active) {
    VarCharVector a = (VarCharVector) input.eval(batch, rows, active);
    BitVector out = new BitVector("value", allocator);
    try {
      out.allocateNew(Math.max(1, rows));
      for (int i = 0; i < rows; i++) {
        if (!a.isNull(i)) {
          out.set(i, test(a, i) ? 1 : 0);
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

  private boolean test(VarCharVector a, int row) {
    if (regex != null) {
      return regex.matcher(ArrowVectors.string(a, row)).find();
    }
    if (ignoreCase) {
      String value = fold(ArrowVectors.string(a, row));
      return switch (op) {
        case CONTAINS -> value.contains(pattern);
        case STARTS_WITH -> value.startsWith(pattern);
        default -> value.endsWith(pattern);
      };
    }
    int start = a.getStartOffset(row);
    int length = a.getEndOffset(row) - start;
    ArrowBuf data = a.getDataBuffer();
    return switch (op) {
      case STARTS_WITH -> regionEquals(data, start, length, 0);
      case ENDS_WITH -> regionEquals(data, start, length, length - patternBytes.length);
      default -> contains(data, start, length);
    };
  }

  private boolean regionEquals(ArrowBuf data, int start, int length, int at) {
    if (at < 0 || at + patternBytes.length > length) {
      return false;
    }
    for (int k = 0; k < patternBytes.length; k++) {
      if (data.getByte(start + at + k) != patternBytes[k]) {
        return false;
      }
    }
    return true;
  }

  private boolean contains(ArrowBuf data, int start, int length) {
    for (int at = 0; at + patternBytes.length <= length; at++) {
      if (regionEquals(data, start, length, at)) {
        return true;
      }
    }
    return false;
  }
}
