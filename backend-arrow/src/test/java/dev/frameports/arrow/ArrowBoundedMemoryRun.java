package dev.frameports.arrow;

import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.len;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Keep;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The workload of {@link ArrowBoundedMemoryTest}, run in a forked JVM with a small heap: filter +
 * aggregate with few groups, unique with few keys (first and last), and a Parquet sink, all over a
 * CSV file many times larger than the heap and the allocator limit. Prints one result per line.
 */
public final class ArrowBoundedMemoryRun {
  static final Schema SCHEMA =
      Schema.of(
          Field.of("id", DataType.INT64),
          Field.of("category", DataType.STRING),
          Field.of("key", DataType.INT32),
          Field.of("value", DataType.INT64),
          Field.of("price", DataType.FLOAT64),
          Field.of("note", DataType.STRING));

  private ArrowBoundedMemoryRun() {}

  /** Arguments: the CSV file, an output directory, the memory limit. */
  public static void main(String[] args) {
    Path csv = Path.of(args[0]);
    Path out = Path.of(args[1]);
    PrintStream print = System.out;
    try (Backend backend = new ArrowBackendProvider().create(Map.of("memory_limit", args[2]))) {
      LazyFrame input = backend.scan(Source.csv(csv.toString(), SCHEMA));
      long start = System.nanoTime();

      Frame groups =
          input
              .filter(col("value").lt(500_000L))
              .groupBy("category")
              .agg(
                  len(),
                  col("value").sum().alias("sum"),
                  col("key").nUnique().alias("keys"),
                  col("value").min().alias("min"),
                  col("value").max().alias("max"))
              .collect();
      for (List<Object> row : groups.rows()) {
        print.println("agg " + join(row));
      }
      start = phase(print, "aggregate", start);

      for (Keep keep : Keep.values()) {
        Frame unique = input.unique(List.of("category", "key"), keep).collect();
        long previous = -1;
        for (int r = 0; r < unique.height(); r++) {
          long id = (Long) unique.get(r, "id");
          if (id <= previous) {
            print.println("order-broken " + keep);
          }
          previous = id;
          print.println(
              "unique "
                  + keep
                  + " "
                  + unique.get(r, "category")
                  + " "
                  + unique.get(r, "key")
                  + " "
                  + id);
        }
        start = phase(print, "unique " + keep, start);
      }

      Path parquet = out.resolve("sample.parquet");
      input
          .filter(col("key").lt(10))
          .select("id", "category", "value", "note")
          .sinkParquet(parquet);
      Frame check =
          backend
              .scan(Source.parquet(parquet.toString()))
              .agg(len(), col("value").sum().alias("sum"), col("id").max().alias("max"))
              .collect();
      print.println("sink " + join(check.row(0)));
      phase(print, "sink", start);
      print.println("heap " + Runtime.getRuntime().maxMemory());
    }
    print.println("done");
  }

  /** Informational only: the test never asserts on time. */
  private static long phase(PrintStream print, String name, long start) {
    long now = System.nanoTime();
    print.println("time " + name + " " + (now - start) / 1_000_000 + " ms");
    return now;
  }

  private static String join(List<Object> row) {
    StringBuilder text = new StringBuilder();
    for (Object value : row) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(value);
    }
    return text.toString();
  }
}
