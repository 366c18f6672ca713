package dev.frameports.workloads.daily;

import static dev.frameports.frame.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import dev.frameports.frame.spi.Capability;
import dev.frameports.workloads.EtlRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("DailySummaryJob")
class DailySummaryJobTest {
  @TempDir static Path data;
  static TransactionManifest manifest;

  @TempDir Path temporary;

  @BeforeAll
  static void generate() {
    manifest = DailyFixtures.generate(DailyFixtures.SPEC, data, "arrow", 2);
  }

  /** The job on {@code name}; Tablesaw, without parquet, runs the eager variant read by DuckDB. */
  private static EtlRun run(String name, Path input, Path output) {
    try (Backend backend = Backends.load(name, Map.of())) {
      if (backend.capabilities().contains(Capability.PARQUET_SOURCE)) {
        return DailySummaryJob.run(backend, input, output);
      }
      try (Backend reader = Backends.load("duckdb", Map.of())) {
        return DailySummaryJob.run(backend, reader, input, output);
      }
    }
  }

  private static String otherEngine(String name) {
    return name.equals("duckdb") ? "arrow" : "duckdb";
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"duckdb", "arrow", "tablesaw"})
  @DisplayName("writes the summary the oracle expects, which a second engine reads back")
  void matchesOracle(String name) throws Exception {
    Path output = temporary.resolve("daily_transactions_summary.csv");
    EtlRun run = run(name, data, output);

    assertThat(DailySummaryCheck.differences(output, manifest)).isEmpty();
    assertThat(Files.readString(output)).startsWith(DailySummaryJob.HEADER + "\n");
    assertThat(run.inputRows()).isEqualTo(20_000);
    assertThat(run.inputBytes()).isEqualTo(manifest.totalBytes());
    assertThat(run.outputRows()).isEqualTo(31);
    assertThat(run.workload()).isEqualTo("daily");
    assertThat(run.backend()).startsWith(name);

    try (Backend second = Backends.load(otherEngine(name), Map.of())) {
      Frame readBack =
          LazyFrame.scan(second, Source.csv(output.toString(), DailySummaryJob.OUTPUT_SCHEMA))
              .collect();
      assertThat(DailySummaryCheck.differences(readBack, manifest)).isEmpty();
    }
  }

  @Test
  @DisplayName("runs on DuckDB configured as upstream (memory limit, spill folder, no order)")
  void runsWithUpstreamDuckDbOptions() {
    Path spill = temporary.resolve("duckdb_spill");
    Map<String, String> options = DailySummaryJob.duckDbOptions(spill, "256MB");
    assertThat(options)
        .containsEntry("memory_limit", "256MB")
        .containsEntry("temp_directory", spill.toString())
        .containsEntry("preserve_insertion_order", "false");
    assertThat(spill).isDirectory();
    Path output = temporary.resolve("out.csv");
    try (Backend duckdb = Backends.load("duckdb", options)) {
      DailySummaryJob.run(duckdb, data, output);
    }
    assertThat(DailySummaryCheck.differences(output, manifest)).isEmpty();
  }

  @Test
  @DisplayName("refuses to read parquet on Tablesaw instead of faking it")
  void tablesawHasNoParquet() {
    try (Backend tablesaw = Backends.load("tablesaw", Map.of())) {
      assertThatThrownBy(() -> DailySummaryJob.run(tablesaw, data, temporary.resolve("o.csv")))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("PARQUET_SOURCE");
    }
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"duckdb", "arrow", "tablesaw"})
  @DisplayName("fails naming the folder when no parquet file matches")
  void failsOnEmptyInput(String name) throws Exception {
    Path empty = Files.createDirectories(temporary.resolve("empty/part-0000"));
    Path output = temporary.resolve("out.csv");
    assertThatThrownBy(() -> run(name, empty.getParent(), output))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("no files match")
        .hasMessageContaining(empty.getParent().toString());
    assertThat(output).doesNotExist();
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"duckdb", "arrow", "tablesaw"})
  @DisplayName("fails naming a truncated parquet file, leaving no output")
  void failsOnTruncatedFile(String name) throws Exception {
    Path input = copyOfData("input");
    Path broken = input.resolve(manifest.files().get(2).path());
    byte[] bytes = Files.readAllBytes(broken);
    Files.write(broken, Arrays.copyOf(bytes, bytes.length / 2));
    Path output = temporary.resolve("out.csv");
    assertThatThrownBy(() -> run(name, input, output))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(broken.toString())
        .hasMessageContaining("corrupt parquet file");
    assertThat(output).doesNotExist();
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"duckdb", "arrow"})
  @DisplayName("fails with the engine's error when a parquet file is corrupt inside")
  void failsOnCorruptFooter(String name) throws Exception {
    Path input = copyOfData("input");
    Path broken = input.resolve(manifest.files().get(1).path());
    byte[] bytes = Files.readAllBytes(broken);
    // overwrite the footer's metadata just before its length and magic: the ends still look right
    for (int i = bytes.length - 40; i < bytes.length - 8; i++) {
      bytes[i] = (byte) 0xFF;
    }
    Files.write(broken, bytes);
    Path output = temporary.resolve("out.csv");
    assertThatThrownBy(() -> run(name, input, output))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(broken.toString());
    assertThat(output).doesNotExist();
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"duckdb", "arrow", "tablesaw"})
  @DisplayName("fails clearly when the output path cannot be written, leaving no file")
  void failsOnUnwritableOutput(String name) throws Exception {
    Path blocker = Files.writeString(temporary.resolve("blocker"), "x");
    Path output = blocker.resolve("daily.csv");
    assertThatThrownBy(() -> run(name, data, output))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(output.toString());
    assertThat(Files.readString(blocker)).isEqualTo("x");
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"duckdb", "arrow", "tablesaw"})
  @DisplayName("fails clearly on a read-only output folder, leaving no file (not as root)")
  void failsOnReadOnlyFolder(String name) throws Exception {
    Path folder = Files.createDirectories(temporary.resolve("readonly"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // root ignores permission bits; the file-in-the-way test covers that case
      assumeThat(Files.isWritable(folder)).as("running as root").isFalse();
      Path output = folder.resolve("daily.csv");
      assertThatThrownBy(() -> run(name, data, output))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining(output.toString());
      try (Stream<Path> left = Files.list(folder)) {
        assertThat(left).isEmpty();
      }
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"duckdb", "arrow", "tablesaw"})
  @DisplayName("reads parquet files directly in the folder as well as in its subfolders")
  void readsTopLevelFiles(String name) throws Exception {
    Path input = copyOfData("input");
    Path nested = input.resolve(manifest.files().get(0).path());
    Files.move(nested, input.resolve("top.parquet"));
    Path output = temporary.resolve("out.csv");
    EtlRun run = run(name, input, output);
    assertThat(run.inputRows()).isEqualTo(20_000);
    assertThat(DailySummaryCheck.differences(output, manifest)).isEmpty();
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"duckdb", "arrow", "tablesaw"})
  @DisplayName("refuses a parquet file whose datetime is not a TIMESTAMP, naming the file")
  void refusesWrongSchema(String name) throws Exception {
    Path input = copyOfData("input");
    Path wrong = input.resolve(manifest.files().get(2).path());
    Path rewritten = temporary.resolve("rewritten.parquet");
    try (Backend duckdb = Backends.load("duckdb", Map.of())) {
      LazyFrame.scan(duckdb, Source.parquet(wrong.toString()))
          .select(
              col("transaction_id"),
              col("datetime").cast(DataType.STRING).alias("datetime"),
              col("customer_id"),
              col("order_qty"),
              col("order_amount"))
          .sinkParquet(rewritten);
    }
    Files.move(rewritten, wrong, StandardCopyOption.REPLACE_EXISTING);
    Path output = temporary.resolve("out.csv");
    assertThatThrownBy(() -> run(name, input, output))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(wrong.toString())
        .hasMessageContaining("column datetime is STRING, expected TIMESTAMP");
    assertThat(output).doesNotExist();
  }

  private Path copyOfData(String name) throws Exception {
    Path copy = temporary.resolve(name);
    for (ManifestFile file : manifest.files()) {
      Path target = copy.resolve(file.path());
      Files.createDirectories(target.getParent());
      Files.copy(data.resolve(file.path()), target);
    }
    return copy;
  }
}
