package dev.frameports.arrow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes the seeded input of {@link ArrowBoundedMemoryTest} (columns of {@link
 * ArrowBoundedMemoryRun#SCHEMA}) straight as bytes, and tallies the expected answers while it
 * writes: nothing but the tallies is kept in memory.
 */
final class ArrowBigCsv {
  static final int CATEGORIES = 8;
  static final int KEYS = 100;

  /** Per category, over rows with value below 500 000. */
  static final class Group {
    long rows;
    long sum;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    final boolean[] keys = new boolean[KEYS];

    long distinctKeys() {
      long n = 0;
      for (boolean k : keys) {
        n += k ? 1 : 0;
      }
      return n;
    }

    String line(String category) {
      return "agg "
          + category
          + " "
          + rows
          + " "
          + sum
          + " "
          + distinctKeys()
          + " "
          + min
          + " "
          + max;
    }
  }

  final Map<String, Group> groups = new TreeMap<>();
  final Map<String, Long> firstIds = new HashMap<>();
  final Map<String, Long> lastIds = new HashMap<>();
  long rows;
  long sinkRows;
  long sinkSum;
  long sinkMaxId = -1;
  long bytes;

  static ArrowBigCsv write(Path file, long targetBytes, long seed) throws IOException {
    ArrowBigCsv tally = new ArrowBigCsv();
    SplittableRandom random = new SplittableRandom(seed);
    byte[] buffer = new byte[1 << 20];
    int at = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] header = "id,category,key,value,price,note\n".getBytes(StandardCharsets.US_ASCII);
      out.write(header);
      tally.bytes = header.length;
      while (tally.bytes < targetBytes) {
        if (buffer.length - at < 256) {
          out.write(buffer, 0, at);
          tally.bytes += at;
          at = 0;
        }
        long id = tally.rows++;
        int category = random.nextInt(CATEGORIES);
        int key = random.nextInt(KEYS);
        long value = random.nextLong(1_000_000);
        long cents = random.nextLong(100_000);
        at = digits(buffer, at, id);
        buffer[at++] = ',';
        buffer[at++] = 'c';
        buffer[at++] = (byte) ('0' + category);
        buffer[at++] = ',';
        at = digits(buffer, at, key);
        buffer[at++] = ',';
        at = digits(buffer, at, value);
        buffer[at++] = ',';
        at = digits(buffer, at, cents / 100);
        buffer[at++] = '.';
        buffer[at++] = (byte) ('0' + cents / 10 % 10);
        buffer[at++] = (byte) ('0' + cents % 10);
        buffer[at++] = ',';
        for (int i = 0; i < 24; i++) {
          buffer[at++] = (byte) ('a' + random.nextInt(26));
        }
        buffer[at++] = '\n';
        tally.count("c" + category, id, key, value);
      }
      out.write(buffer, 0, at);
      tally.bytes += at;
    }
    return tally;
  }

  private void count(String category, long id, int key, long value) {
    if (value < 500_000) {
      Group g = groups.computeIfAbsent(category, c -> new Group());
      g.rows++;
      g.sum += value;
      g.min = Math.min(g.min, value);
      g.max = Math.max(g.max, value);
      g.keys[key] = true;
    }
    String pair = category + " " + key;
    firstIds.putIfAbsent(pair, id);
    lastIds.put(pair, id);
    if (key < 10) {
      sinkRows++;
      sinkSum += value;
      sinkMaxId = id;
    }
  }

  private static int digits(byte[] buffer, int at, long value) {
    if (value == 0) {
      buffer[at] = '0';
      return at + 1;
    }
    int start = at;
    long v = value;
    while (v > 0) {
      buffer[at++] = (byte) ('0' + v % 10);
      v /= 10;
    }
    for (int i = start, j = at - 1; i < j; i++, j--) {
      byte t = buffer[i];
      buffer[i] = buffer[j];
      buffer[j] = t;
    }
    return at;
  }
}
