package dev.frameports.frame.source;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits RFC 4180 text into records of fields. An empty unquoted field is returned as {@code null},
 * a quoted empty field ({@code ""}) as the empty string. Records end in LF or CRLF; a quoted field
 * may contain delimiters, quotes ({@code ""}) and line breaks. Not thread-safe; the caller closes
 * the underlying reader.
 */
public final class CsvRecordReader {
  private final Reader in;
  private final char delimiter;
  private int pushedBack = -2;
  private long line = 1;

  public CsvRecordReader(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** The line number where the next record starts (1-based), for error messages. */
  public long line() {
    return line;
  }

  /** The next record, or null at the end of input. A trailing empty line is not a record. */
  public @Nullable List<@Nullable String> next() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    List<@Nullable String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    while (true) {
      if (c == '"' && field.length() == 0 && !quoted) {
        quoted = true;
        c = readQuoted(field);
        continue;
      }
      if (c == delimiter) {
        fields.add(quoted || field.length() > 0 ? field.toString() : null);
        field.setLength(0);
        quoted = false;
      } else if (c == '\n' || c == -1) {
        fields.add(quoted || field.length() > 0 ? field.toString() : null);
        line++;
        return fields;
      } else if (c == '\r') {
        int n = read();
        if (n != '\n') {
          unread(n);
        }
        fields.add(quoted || field.length() > 0 ? field.toString() : null);
        line++;
        return fields;
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private int readQuoted(StringBuilder field) throws IOException {
    long start = line;
    while (true) {
      int c = read();
      if (c == -1) {
        throw new IOException("unterminated quoted field starting at line " + start);
      }
      if (c == '"') {
        int n = read();
        if (n != '"') {
          return n; // the closing quote; n continues the record
        }
      } else if (c == '\n') {
        line++;
      }
      field.append((char) c);
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }

  private void unread(int c) {
    pushedBack = c;
  }
}
