package dev.frameports.workloads.volume;

import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.lit;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.FrameException;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Capability;
import dev.frameports.workloads.EtlRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * The volume test's ETL, written once against the frameports API: scan every {@code data*.csv} of a
 * folder, group by {@code state} with {@code zip_cd_cnt = nUnique(zip_cd)}, {@code
 * unique_first_name_cnt = nUnique(first_name)} and {@code total_net_worth = sum(net_worth)}, add
 * {@code process_ts}, write one Parquet file.
 *
 * <p>Faithfulness to upstream (mattmartin14/dream_machine, {@code polars/volume_testing}):
 *
 * <ul>
 *   <li>The columns are declared, not inferred: {@code zip_cd} is STRING so leading zeros survive
 *       (the Rust original inferred int64; distinct counts are the same either way), {@code weight}
 *       and {@code net_worth} INT64, {@code height} FLOAT64, the rest STRING.
 *   <li>The aggregate is collected, then {@code process_ts} is added and the small result written,
 *       as the Rust original did ({@code collect}, {@code with_column}, {@code ParquetWriter}).
 *       {@code process_ts} is the wall clock of America/New_York as a NAIVE timestamp, as in Rust
 *       (commit 513941c). The Python original meant to add it too but dropped it by a bug ({@code
 *       with_columns} returns a new frame that was thrown away), so its Parquet has no {@code
 *       process_ts}; this port follows the Rust output.
 *   <li>The output is sorted by {@code state}; upstream had no order (its rows came out in hash
 *       order), the sort makes outputs comparable.
 *   <li>Each file's header is checked against the expected one (line 1), which upstream did not do:
 *       the engines read columns by position, so a file with other columns would otherwise be
 *       misread silently.
 * </ul>
 *
 * <p>Timing: from just before the files are listed and scanned to the Parquet file being closed;
 * generation is excluded, as upstream. The backend is not closed here: the caller owns it.
 */
public final class VolumeJob {
  /** The CSV columns, in file order, with their declared types. */
  public static final Schema INPUT_SCHEMA =
      Schema.of(
          Field.of("first_name", DataType.STRING),
          Field.of("last_name", DataType.STRING),
          Field.of("gender", DataType.STRING),
          Field.of("weight", DataType.INT64),
          Field.of("height", DataType.FLOAT64),
          Field.of("address_txt", DataType.STRING),
          Field.of("zip_cd", DataType.STRING),
          Field.of("city", DataType.STRING),
          Field.of("state", DataType.STRING),
          Field.of("net_worth", DataType.INT64));

  /** The output columns, in order. */
  public static final List<String> OUTPUT_COLUMNS =
      List.of("state", "zip_cd_cnt", "unique_first_name_cnt", "total_net_worth", "process_ts");

  /** The rows-per-state column of {@link #aggregate}, used for the run's row count, not written. */
  public static final String ROW_COUNT = "row_cnt";

  /** The zone whose wall clock {@code process_ts} holds. */
  public static final ZoneId PROCESS_ZONE = ZoneId.of("America/New_York");

  private static final String EXPECTED_HEADER = String.join(",", INPUT_SCHEMA.names());

  private VolumeJob() {}

  /**
   * Runs the job: reads {@code inputDir/data*.csv}, writes {@code outputParquet} atomically.
   *
   * @param clock the source of {@code process_ts} (its zone is ignored: New York time is used)
   * @return the input rows (counted by the engine: the per-state row counts summed) and bytes, the
   *     output rows and the elapsed time
   * @throws UnsupportedOperationException when the backend cannot write Parquet (before reading)
   * @throws SourceException when no file matches, a header differs, a value does not parse (with
   *     its line: found by re-reading the file when the engine does not say it), or the output
   *     cannot be written; the message names the file
   */
  public static EtlRun run(Backend backend, Path inputDir, Path outputParquet, Clock clock) {
    return run(backend, backend, inputDir, outputParquet, clock);
  }

  /**
   * The same with the 50-row result written by {@code writer}: for an engine without a Parquet
   * writer (tablesaw), whose run then measures its CSV scan and aggregate plus a tiny write by
   * another engine. Neither backend is closed here.
   *
   * @throws UnsupportedOperationException when {@code writer} cannot write Parquet (before reading)
   */
  public static EtlRun run(
      Backend backend, Backend writer, Path inputDir, Path outputParquet, Clock clock) {
    return run(backend, writer, inputDir, outputParquet, clock, aggregate -> {});
  }

  /**
   * The same, also handing {@code onAggregate} the collected aggregate with its {@value #ROW_COUNT}
   * column (rows per state, which the Parquet does not hold), after the output is written: for a
   * per-state row check ({@link VolumeCheck#rowCountDifferences}) without reading the input twice.
   * The callback's time is not part of the run's.
   */
  public static EtlRun run(
      Backend backend,
      Backend writer,
      Path inputDir,
      Path outputParquet,
      Clock clock,
      Consumer<? super Frame> onAggregate) {
    if (!writer.capabilities().contains(Capability.PARQUET_SINK)) {
      throw Capability.PARQUET_SINK.unsupported(writer.name());
    }
    long start = System.nanoTime();
    Source.Csv source = source(inputDir);
    long inputBytes = checkHeadersAndMeasure(source.files());
    Frame aggregated;
    try {
      aggregated = plan(backend, source).collect();
    } catch (FrameException e) {
      throw CsvValueDiagnosis.diagnose(source.files(), INPUT_SCHEMA, e);
    }
    LocalDateTime processTs = LocalDateTime.now(clock.withZone(PROCESS_ZONE));
    writer.from(aggregated).select(outputColumns(processTs)).sinkParquet(outputParquet);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    onAggregate.accept(aggregated);
    long inputRows = 0;
    for (Object rows : aggregated.column(ROW_COUNT)) {
      inputRows += (Long) rows;
    }
    return new EtlRun(
        "volume",
        backend.name(),
        inputRows,
        inputBytes,
        aggregated.height(),
        elapsed,
        outputParquet);
  }

  /**
   * The lazy aggregate (no {@code process_ts}): {@code state}, {@code zip_cd_cnt}, {@code
   * unique_first_name_cnt}, {@code total_net_worth}, {@code row_cnt}, sorted by state. For checks
   * and for backends that cannot write Parquet. Cost: lists the files and reads their first line
   * (the header check); the data are read when the frame is collected.
   *
   * @throws SourceException when no file matches {@code inputDir/data*.csv} or a header differs
   */
  public static LazyFrame aggregate(Backend backend, Path inputDir) {
    Source.Csv source = source(inputDir);
    checkHeadersAndMeasure(source.files());
    return plan(backend, source);
  }

  /** The output's expressions over {@link #aggregate}'s columns, with the given timestamp. */
  public static Expr[] outputColumns(LocalDateTime processTs) {
    return new Expr[] {
      col("state"),
      col("zip_cd_cnt"),
      col("unique_first_name_cnt"),
      col("total_net_worth"),
      lit(processTs).alias("process_ts")
    };
  }

  private static LazyFrame plan(Backend backend, Source.Csv source) {
    return backend
        .scan(source)
        // only 4 of the 10 columns are needed: said explicitly so that no engine parses the rest
        .select("state", "zip_cd", "first_name", "net_worth")
        .groupBy("state")
        .agg(
            col("zip_cd").nUnique().alias("zip_cd_cnt"),
            col("first_name").nUnique().alias("unique_first_name_cnt"),
            col("net_worth").sum().alias("total_net_worth"),
            Expr.len().alias(ROW_COUNT))
        .sort("state");
  }

  private static Source.Csv source(Path inputDir) {
    return (Source.Csv) Source.csv(inputDir.toString() + "/data*.csv", INPUT_SCHEMA);
  }

  /** Checks line 1 of every file and returns the files' total size. */
  private static long checkHeadersAndMeasure(List<Path> files) {
    long bytes = 0;
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String header = in.readLine();
        if (!EXPECTED_HEADER.equals(header)) {
          throw new SourceException(
              "CSV file "
                  + file
                  + ", line 1: "
                  + (header == null ? "the file is empty" : "header '" + header + "'")
                  + ", expected '"
                  + EXPECTED_HEADER
                  + "'");
        }
        bytes += Files.size(file);
      } catch (IOException e) {
        throw new SourceException("cannot read CSV file " + file + ": " + e.getMessage(), e);
      }
    }
    return bytes;
  }
}
