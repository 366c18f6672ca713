package dev.frameports.arrow;

import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes a Parquet file with a schema and no row groups. arrow-dataset's writer creates no file at
 * all for an empty input, but a sink must leave a readable file; this is the footer alone, in
 * Thrift's compact protocol (the format's {@code FileMetaData}).
 */
final class ArrowEmptyParquet {
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
  private static final int T_FALSE = 2;
  private static final int T_I32 = 5;
  private static final int T_I64 = 6;
  private static final int T_BINARY = 8;
  private static final int T_LIST = 9;
  private static final int T_STRUCT = 12;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Deque<Integer> lastIds = new ArrayDeque<>();
  private int lastId;

  private ArrowEmptyParquet() {}

  static void write(Path file, Schema schema) throws IOException {
    ArrowEmptyParquet w = new ArrowEmptyParquet();
    w.i32(1, 1);
    w.listHeader(2, schema.size() + 1);
    w.beginElement();
    w.string(4, "schema");
    w.i32(5, schema.size());
    w.end();
    for (Field field : schema.fields()) {
      w.column(field);
    }
    w.i64(3, 0);
    w.listHeader(4, 0);
    w.string(6, "frameports arrow backend");
    w.out.write(0);
    byte[] footer = w.out.toByteArray();
    try (OutputStream file1 = Files.newOutputStream(file)) {
      file1.write(MAGIC);
      file1.write(footer);
      int n = footer.length;
      file1.write(new byte[] {(byte) n, (byte) (n >>> 8), (byte) (n >>> 16), (byte) (n >>> 24)});
      file1.write(MAGIC);
    }
  }

  private void column(Field field) {
    beginElement();
    int physical =
        switch (field.type()) {
          case BOOLEAN -> 0;
          case INT32, DATE -> 1;
          case INT64, TIMESTAMP -> 2;
          case FLOAT64 -> 5;
          case STRING -> 6;
        };
    i32(1, physical);
    i32(3, 1); // OPTIONAL
    string(4, field.name());
    switch (field.type()) {
      case STRING -> {
        i32(6, 0); // converted type UTF8
        beginStruct(10);
        beginStruct(1); // LogicalType.STRING
        end();
        end();
      }
      case DATE -> {
        i32(6, 6); // converted type DATE
        beginStruct(10);
        beginStruct(6); // LogicalType.DATE
        end();
        end();
      }
      case TIMESTAMP -> {
        beginStruct(10);
        beginStruct(8); // LogicalType.TIMESTAMP
        header(1, T_FALSE); // isAdjustedToUTC = false: naive wall clock
        beginStruct(2); // unit
        beginStruct(2); // MICROS
        end();
        end();
        end();
        end();
      }
      default -> {}
    }
    end();
  }

  private void header(int id, int type) {
    int delta = id - lastId;
    if (delta > 0 && delta <= 15) {
      out.write(delta << 4 | type);
    } else {
      out.write(type);
      varint(((long) id << 1) ^ ((long) id >> 31));
    }
    lastId = id;
  }

  private void i32(int id, int value) {
    header(id, T_I32);
    varint(((long) value << 1) ^ ((long) value >> 31));
  }

  private void i64(int id, long value) {
    header(id, T_I64);
    varint((value << 1) ^ (value >> 63));
  }

  private void string(int id, String value) {
    header(id, T_BINARY);
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    varint(bytes.length);
    out.writeBytes(bytes);
  }

  private void listHeader(int id, int size) {
    header(id, T_LIST);
    if (size < 15) {
      out.write(size << 4 | T_STRUCT);
    } else {
      out.write(0xF0 | T_STRUCT);
      varint(size);
    }
  }

  private void beginStruct(int id) {
    header(id, T_STRUCT);
    lastIds.push(lastId);
    lastId = 0;
  }

  private void beginElement() {
    lastIds.push(lastId);
    lastId = 0;
  }

  private void end() {
    out.write(0);
    lastId = lastIds.pop();
  }

  private void varint(long value) {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }
}
