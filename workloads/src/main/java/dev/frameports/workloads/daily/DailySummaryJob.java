package dev.frameports.workloads.daily;

import static dev.frameports.frame.Expr.col;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.FrameException;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SortKey;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Capability;
import dev.frameports.workloads.EtlRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The daily summary of seed 004: over every {@code *.parquet} file in a folder or below it, one row
 * per calendar day of {@code datetime} with {@code COUNT(transaction_id)}, {@code
 * COUNT(customer_id)} (not distinct, as upstream), {@code SUM(order_amount)} and {@code
 * SUM(order_qty)}, sorted by the amount descending (then by date, our tie-break), written as CSV
 * with the header {@value #HEADER}. The job never imports an engine: it takes a ready backend and
 * does not close it.
 *
 * <p>Timing, as upstream: from before the input is listed to the CSV being closed; it includes our
 * input check (each file's magic bytes and schema, one footer read per file). The CSV is written
 * atomically by the backend; a failed run leaves no file at the output path.
 */
public final class DailySummaryJob {
  /** The CSV header of the output (upstream's column names). */
  public static final String HEADER =
      "date,transaction_count,customer_count,total_order_amount,total_order_qty";

  /** The schema of the output CSV, for reading it back with {@link Source#csv}. */
  public static final Schema OUTPUT_SCHEMA =
      Schema.of(
          Field.of("date", DataType.DATE),
          Field.of("transaction_count", DataType.INT64),
          Field.of("customer_count", DataType.INT64),
          Field.of("total_order_amount", DataType.FLOAT64),
          Field.of("total_order_qty", DataType.INT64));

  private DailySummaryJob() {}

  /**
   * Runs the summary on {@code backend}, which reads the parquet files itself (streaming, within
   * its own memory settings).
   *
   * @param backend a backend with {@link Capability#PARQUET_SOURCE}; not closed
   * @throws UnsupportedOperationException when the backend cannot read parquet (Tablesaw: use
   *     {@link #run(Backend, Backend, Path, Path)})
   * @throws SourceException when no file matches, a file cannot be read or lacks one of the five
   *     transaction columns with its type ({@code datetime} must be TIMESTAMP), naming the file; or
   *     when the output cannot be written, naming it
   */
  public static EtlRun run(Backend backend, Path inputDir, Path outputCsv) {
    requireParquetSource(backend);
    long start = System.nanoTime();
    Source.Parquet input = parquetFiles(backend, inputDir);
    try {
      summarize(LazyFrame.scan(backend, input)).sinkCsv(outputCsv);
    } catch (FrameException e) {
      throw inputDiagnosed(backend, input, outputCsv, e);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return result(backend.name(), input, elapsed, outputCsv);
  }

  /**
   * The eager variant, for a backend without parquet support: {@code reader} collects every parquet
   * file into ONE heap {@link Frame}, which {@code backend} then aggregates. Everything is in heap
   * at once (about 220 bytes a row), so this is the eager data point, not a way to process large
   * inputs. The time includes the collect. Neither backend is closed.
   *
   * @param backend the backend that aggregates and writes the CSV (any backend)
   * @param reader a backend with {@link Capability#PARQUET_SOURCE}
   */
  public static EtlRun run(Backend backend, Backend reader, Path inputDir, Path outputCsv) {
    requireParquetSource(reader);
    long start = System.nanoTime();
    Source.Parquet input = parquetFiles(reader, inputDir);
    Frame transactions;
    try {
      transactions = LazyFrame.scan(reader, input).collect();
    } catch (FrameException e) {
      throw ParquetFooters.diagnose(reader, input.files(), e);
    }
    summarize(backend.from(transactions)).sinkCsv(outputCsv);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return result(
        backend.name() + " (eager, read by " + reader.name() + ")", input, elapsed, outputCsv);
  }

  /**
   * The summary plan over transactions with upstream's columns. Cost: none until run; running it
   * holds one state per day.
   */
  public static LazyFrame summarize(LazyFrame transactions) {
    return transactions
        .withColumns(col("datetime").date().alias("date"))
        .groupBy("date")
        .agg(
            col("transaction_id").count().alias("transaction_count"),
            col("customer_id").count().alias("customer_count"),
            col("order_amount").sum().alias("total_order_amount"),
            col("order_qty").sum().alias("total_order_qty"))
        .sort(SortKey.desc("total_order_amount"), SortKey.asc("date"));
  }

  /**
   * The DuckDB backend options of upstream's run: {@code memory_limit}, {@code temp_directory} (the
   * folder is created now, as upstream does) and {@code preserve_insertion_order=false}. Add {@code
   * threads} for a fixed thread count. Pass the map to {@code Backends.load("duckdb", options)}.
   *
   * @param memoryLimit in DuckDB's syntax, e.g. {@code 1GB}
   * @throws UncheckedIOException when the spill folder cannot be created
   */
  public static Map<String, String> duckDbOptions(Path spillDir, String memoryLimit) {
    try {
      Files.createDirectories(spillDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the DuckDB spill folder " + spillDir, e);
    }
    return Map.of(
        "memory_limit",
        memoryLimit,
        "temp_directory",
        spillDir.toString(),
        "preserve_insertion_order",
        "false");
  }

  private static void requireParquetSource(Backend backend) {
    if (!backend.capabilities().contains(Capability.PARQUET_SOURCE)) {
      throw Capability.PARQUET_SOURCE.unsupported(backend.name());
    }
  }

  /**
   * Every parquet file in the folder and below it, checked (magic bytes, then each file's schema).
   * Java's {@code **}{@code /*.parquet} needs at least one subfolder, so the top level is matched
   * by its own alternative.
   */
  private static Source.Parquet parquetFiles(Backend reader, Path inputDir) {
    if (!Files.isDirectory(inputDir)) {
      throw new SourceException("input folder " + inputDir + " not found");
    }
    Source.Parquet input = (Source.Parquet) Source.parquet(inputDir + "/{*.parquet,**/*.parquet}");
    ParquetFooters.requireAll(input.files());
    DailyInputSchema.requireAll(reader, input.files());
    return input;
  }

  /**
   * The failure of a run, with the bad input file named when the engine did not name it. A failure
   * naming the output is the output's: re-reading the inputs' footers would not explain it.
   */
  private static FrameException inputDiagnosed(
      Backend reader, Source.Parquet input, Path outputCsv, FrameException failure) {
    if (String.valueOf(failure.getMessage()).contains(outputCsv.toString())) {
      return failure;
    }
    return ParquetFooters.diagnose(reader, input.files(), failure);
  }

  private static EtlRun result(
      String backend, Source.Parquet input, Duration elapsed, Path outputCsv) {
    List<SummaryRow> rows = SummaryRow.readCsv(outputCsv);
    long inputRows = rows.stream().mapToLong(SummaryRow::transactionCount).sum();
    long inputBytes = 0;
    for (Path file : input.files()) {
      try {
        inputBytes += Files.size(file);
      } catch (IOException e) {
        throw new SourceException("cannot stat " + file + ": " + e, e);
      }
    }
    return new EtlRun("daily", backend, inputRows, inputBytes, rows.size(), elapsed, outputCsv);
  }
}
