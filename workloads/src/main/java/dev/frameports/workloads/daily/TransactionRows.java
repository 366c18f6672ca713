package dev.frameports.workloads.daily;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import dev.frameports.workloads.FileSeeds;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The rows of one generated file, drawn from {@link FileSeeds#forFile} in a fixed order per row, so
 * a file depends on the seed and its index only. Every distribution is OUR ASSUMPTION (upstream's
 * rustGenerate1TB could not be retrieved):
 *
 * <ul>
 *   <li>{@code transaction_id}: two {@code nextLong}s formatted as a UUID, with the version nibble
 *       set to 4 and the variant bits to {@code 10} (RFC 4122 "random" shape).
 *   <li>{@code datetime}: a naive microsecond timestamp uniform over {@code [startDate, startDate +
 *       days)}.
 *   <li>{@code customer_id}: uniform over {@code 1..customers}.
 *   <li>{@code order_qty}: uniform over {@code 1..10}.
 *   <li>{@code order_amount}: whole cents uniform over {@code 100..100000}, divided by 100 (1.00 to
 *       1000.00), so the oracle sums exact longs.
 * </ul>
 *
 * <p>The rows come as frames of at most {@link #CHUNK_ROWS} rows: a frame builder doubles its
 * arrays as it grows, so one builder per file would briefly hold two copies of the file's cell
 * references; chunks keep that overhead to one chunk.
 */
final class TransactionRows {
  /** Most rows in one frame chunk. */
  static final int CHUNK_ROWS = 1 << 18;

  /** The columns, in file order. */
  static final Schema SCHEMA =
      Schema.of(
          Field.of("transaction_id", DataType.STRING),
          Field.of("datetime", DataType.TIMESTAMP),
          Field.of("customer_id", DataType.INT64),
          Field.of("order_qty", DataType.INT32),
          Field.of("order_amount", DataType.FLOAT64));

  private static final long MICROS_PER_DAY = 86_400_000_000L;

  /** One file's rows (as chunks), its oracle and a hash of its drawn values. */
  record Generated(List<Frame> chunks, DailyOracle oracle, long contentHash) {}

  private TransactionRows() {}

  /**
   * Generates the rows of file {@code fileIndex} of {@code spec}. Cost: the file's rows on heap.
   */
  static Generated generate(TransactionSpec spec, int fileIndex) {
    SplittableRandom random = FileSeeds.forFile(spec.seed(), fileIndex);
    int rows = spec.rowsOfFile(fileIndex);
    long startSecond = spec.startDate().atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    long spanMicros = spec.days() * MICROS_PER_DAY;
    DailyOracle oracle = new DailyOracle(spec.days());
    List<Frame> chunks = new ArrayList<>();
    long hash = 0xCBF29CE484222325L ^ fileIndex;
    Frame.Builder chunk = Frame.builder(SCHEMA);
    for (int row = 0; row < rows; row++) {
      long high = (random.nextLong() & ~0xF000L) | 0x4000L;
      long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
      long micros = random.nextLong(spanMicros);
      long customer = random.nextLong(1, spec.customers() + 1);
      int qty = random.nextInt(1, 11);
      long cents = random.nextLong(100, 100_001);
      LocalDateTime datetime =
          LocalDateTime.ofEpochSecond(
              startSecond + micros / 1_000_000L,
              (int) (micros % 1_000_000L) * 1_000,
              ZoneOffset.UTC);
      chunk.addRow(new UUID(high, low).toString(), datetime, customer, qty, cents / 100.0);
      oracle.add((int) (micros / MICROS_PER_DAY), qty, cents);
      hash = mix(mix(mix(mix(mix(mix(hash, high), low), micros), customer), qty), cents);
      if (chunk.height() == CHUNK_ROWS) {
        chunks.add(chunk.build());
        chunk = Frame.builder(SCHEMA);
      }
    }
    if (chunk.height() > 0) {
      chunks.add(chunk.build());
    }
    return new Generated(chunks, oracle, hash);
  }

  // FNV-1a over the value's eight bytes at once, then a multiply: cheap and order-sensitive
  private static long mix(long hash, long value) {
    return (hash ^ value) * 0x100000001B3L;
  }
}
