package dev.frameports.frame;

import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Frame} as a fixed-width text table, Polars-style. */
final class FrameFormatter {
  private static final int MAX_CELL = 40;

  private FrameFormatter() {}

  static String format(Frame frame, int maxRows) {
    int width = frame.width();
    List<String[]> lines = new ArrayList<>();
    String[] names = new String[width];
    String[] types = new String[width];
    for (int c = 0; c < width; c++) {
      names[c] = frame.schema().field(c).name();
      types[c] = frame.schema().field(c).type().name().toLowerCase(java.util.Locale.ROOT);
    }
    lines.add(names);
    lines.add(types);
    int shown = Math.min(frame.height(), maxRows);
    for (int r = 0; r < shown; r++) {
      String[] cells = new String[width];
      for (int c = 0; c < width; c++) {
        cells[c] = cell(frame.get(r, c));
      }
      lines.add(cells);
    }
    int[] widths = new int[width];
    for (String[] line : lines) {
      for (int c = 0; c < width; c++) {
        widths[c] = Math.max(widths[c], line[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("shape: (").append(frame.height()).append(", ").append(width).append(")\n");
    for (int i = 0; i < lines.size(); i++) {
      out.append("│");
      for (int c = 0; c < width; c++) {
        String text = lines.get(i)[c];
        out.append(' ').append(text).append(" ".repeat(widths[c] - text.length())).append(" │");
      }
      out.append('\n');
      if (i == 1) {
        out.append("├");
        for (int c = 0; c < width; c++) {
          out.append("─".repeat(widths[c] + 2)).append(c == width - 1 ? "┤" : "┼");
        }
        out.append('\n');
      }
    }
    if (frame.height() > shown) {
      out.append("… ").append(frame.height() - shown).append(" more rows\n");
    }
    return out.toString();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "null";
    }
    String text = value instanceof String s ? '"' + s + '"' : value.toString();
    text = text.replace("\n", "\\n");
    return text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
  }
}
