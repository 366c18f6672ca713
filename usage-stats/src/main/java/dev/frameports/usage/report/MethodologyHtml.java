package dev.frameports.usage.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The methodology section of the HTML report: {@code methodology.md} beside this class, converted
 * by the deliberately tiny rules of usage-stats-spec.md §4.3 step 5. A line starting {@code "# "}
 * becomes an {@code h2}; a line starting {@code "- "} a list item inside a {@code ul}; any other
 * non-blank line a paragraph. In each line the first {@code **…**} pair becomes {@code strong}. All
 * text is HTML-escaped.
 */
final class MethodologyHtml {
  static final String RESOURCE = "methodology.md";

  private MethodologyHtml() {}

  /** The bundled methodology, converted. */
  static String bundled() {
    try (InputStream in = MethodologyHtml.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return convert(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Converts markdown text by the tiny rules. */
  static String convert(String markdown) {
    StringBuilder html = new StringBuilder();
    boolean inList = false;
    for (String raw : markdown.split("\n", -1)) {
      String line = raw.strip();
      if (line.startsWith("- ")) {
        if (!inList) {
          html.append("<ul>\n");
          inList = true;
        }
        html.append("<li>").append(inline(line.substring(2))).append("</li>\n");
        continue;
      }
      if (inList) {
        html.append("</ul>\n");
        inList = false;
      }
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("# ")) {
        html.append("<h2>").append(inline(line.substring(2))).append("</h2>\n");
      } else {
        html.append("<p>").append(inline(line)).append("</p>\n");
      }
    }
    if (inList) {
      html.append("</ul>\n");
    }
    return html.toString();
  }

  /** Escapes the line and turns its first {@code **…**} pair into {@code strong}. */
  static String inline(String text) {
    int open = text.indexOf("**");
    int close = open < 0 ? -1 : text.indexOf("**", open + 2);
    if (close < 0) {
      return Html.escape(text);
    }
    return Html.escape(text.substring(0, open))
        + "<strong>"
        + Html.escape(text.substring(open + 2, close))
        + "</strong>"
        + Html.escape(text.substring(close + 2));
  }
}
