package dev.frameports.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns results into {@link Answer}s that do not depend on the engine's Java types.
 *
 * <p>Cells: null is its own token; every number becomes a decimal rounded to {@value #DIGITS}
 * significant digits (the loaded memory column is FLOAT64 in the port and a Long in the oracle;
 * sums may differ in the last ulps between engines, as the equivalence suite's 1e-9 tolerance
 * allows); strings, timestamps and dates their ISO text. Rows of an unordered result (an aggregate)
 * are sorted by their canonical text first. Report models are walked reflectively: records by
 * component, maps sorted by key, lists in order.
 */
final class Canonical {
  /** Significant digits kept of a number: far below the 0.1 a report prints. */
  static final int DIGITS = 10;

  private static final MathContext ROUNDING = new MathContext(DIGITS);
  private static final byte[] CELL_END = {0x1f};
  private static final byte[] ROW_END = {0x1e};

  private Canonical() {}

  /**
   * The answer of a table of rows; {@code ordered} false for results whose order is unspecified.
   */
  static Answer table(List<? extends List<?>> rows, int width, boolean ordered) {
    List<List<String>> cells = new ArrayList<>(rows.size());
    for (List<?> row : rows) {
      List<String> text = new ArrayList<>(row.size());
      for (Object value : row) {
        text.add(cell(value));
      }
      cells.add(text);
    }
    if (!ordered) {
      cells.sort((a, b) -> String.join("\u001f", a).compareTo(String.join("\u001f", b)));
    }
    MessageDigest all = sha256();
    List<MessageDigest> columns = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      columns.add(sha256());
    }
    for (List<String> row : cells) {
      if (row.size() != width) {
        throw new IllegalArgumentException("a row has " + row.size() + " cells, expected " + width);
      }
      for (int i = 0; i < width; i++) {
        byte[] bytes = row.get(i).getBytes(StandardCharsets.UTF_8);
        all.update(bytes);
        all.update(CELL_END);
        columns.get(i).update(bytes);
        columns.get(i).update(ROW_END);
      }
      all.update(ROW_END);
    }
    List<String> columnDigests = new ArrayList<>(width);
    for (MessageDigest d : columns) {
      columnDigests.add(hex(d));
    }
    return new Answer(rows.size(), hex(all), columnDigests);
  }

  /** The answer of a model object (a report): one row, one column, its canonical text. */
  static Answer model(Object model) {
    StringBuilder sb = new StringBuilder();
    walk(model, sb);
    return table(List.of(List.of(sb.toString())), 1, true);
  }

  static String cell(@Nullable Object value) {
    if (value == null) {
      return "\u0000null";
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return Double.toString(d);
      }
      return new BigDecimal(d).round(ROUNDING).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return value.toString();
  }

  private static void walk(@Nullable Object value, StringBuilder sb) {
    if (value == null || value instanceof Number || value instanceof CharSequence) {
      sb.append(cell(value));
    } else if (value.getClass().isRecord()) {
      sb.append(value.getClass().getSimpleName()).append('{');
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        sb.append(c.getName()).append('=');
        walk(component(c, value), sb);
        sb.append(';');
      }
      sb.append('}');
    } else if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        StringBuilder entry = new StringBuilder();
        walk(e.getKey(), entry);
        entry.append("=>");
        walk(e.getValue(), entry);
        entries.add(entry.toString());
      }
      entries.sort(null);
      sb.append('{').append(String.join(",", entries)).append('}');
    } else if (value instanceof java.util.Set<?> items) {
      List<String> sorted = new ArrayList<>(items.size());
      for (Object item : items) {
        StringBuilder one = new StringBuilder();
        walk(item, one);
        sorted.add(one.toString());
      }
      sorted.sort(null);
      sb.append('{').append(String.join(",", sorted)).append('}');
    } else if (value instanceof Collection<?> items) {
      sb.append('[');
      for (Object item : items) {
        walk(item, sb);
        sb.append(',');
      }
      sb.append(']');
    } else {
      sb.append(cell(value));
    }
  }

  private static @Nullable Object component(RecordComponent c, Object record) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c + " of " + record.getClass(), e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
    }
  }

  private static String hex(MessageDigest d) {
    return HexFormat.of().formatHex(d.digest());
  }
}
