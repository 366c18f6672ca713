package dev.frameports.workloads.daily;

import static dev.frameports.frame.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import dev.frameports.workloads.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("TransactionGenerator")
class TransactionGeneratorTest {
  private static final TransactionSpec SPEC = DailyFixtures.SPEC;

  @TempDir Path temporary;

  @ParameterizedTest(name = "written by {0}")
  @ValueSource(strings = {"duckdb", "arrow"})
  @DisplayName("writes nested parquet files, the oracle CSV and a manifest that reads back")
  void writesFilesAndManifest(String writer) throws Exception {
    Path out = temporary.resolve("out");
    List<Long> progress = new ArrayList<>();
    TransactionManifest manifest;
    try (Backend backend = Backends.load(writer, Map.of())) {
      manifest =
          TransactionGenerator.generate(
              SPEC,
              out,
              backend,
              2,
              (done, total) -> {
                synchronized (progress) {
                  progress.add(done * 100 + total);
                }
              });
    }
    assertThat(manifest.files())
        .extracting(ManifestFile::path)
        .containsExactly(
            "part-0000/transactions-0000.parquet",
            "part-0001/transactions-0001.parquet",
            "part-0002/transactions-0002.parquet",
            "part-0003/transactions-0003.parquet");
    for (ManifestFile file : manifest.files()) {
      assertThat(Files.size(out.resolve(file.path()))).isEqualTo(file.bytes()).isPositive();
    }
    assertThat(manifest.totalRows()).isEqualTo(20_000);
    assertThat(manifest.days()).hasSize(31);
    assertThat(manifest.days().stream().mapToLong(DailyExpectation::transactions).sum())
        .isEqualTo(20_000);
    assertThat(progress).containsExactlyInAnyOrder(104L, 204L, 304L, 404L);
    assertThat(TransactionManifest.read(out)).isEqualTo(manifest);
    assertThat(Files.readString(out.resolve(TransactionManifest.EXPECTED_CSV)))
        .startsWith(DailySummaryJob.HEADER + "\n")
        .isEqualTo(manifest.expectedCsv());
    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()))
          .as("no temporary file is left behind")
          .hasSize(6);
    }
  }

  @Test
  @DisplayName("gives the same rows for the same seed whatever the writer and workers")
  void isDeterministic() {
    TransactionManifest first = DailyFixtures.generate(SPEC, temporary.resolve("a"), "duckdb", 1);
    TransactionManifest second = DailyFixtures.generate(SPEC, temporary.resolve("b"), "arrow", 3);
    TransactionManifest other =
        DailyFixtures.generate(SPEC.withSeed(43), temporary.resolve("c"), "duckdb", 2);
    assertThat(second.days()).isEqualTo(first.days());
    assertThat(second.files())
        .extracting(ManifestFile::contentHash)
        .isEqualTo(first.files().stream().map(ManifestFile::contentHash).toList());
    assertThat(other.days()).isNotEqualTo(first.days());
    assertThat(other.files())
        .extracting(ManifestFile::contentHash)
        .doesNotContainAnyElementsOf(
            first.files().stream().map(ManifestFile::contentHash).toList());
  }

  @Test
  @DisplayName("writes datetime as a naive microsecond timestamp that DuckDB and Arrow split alike")
  void datetimeIsNaive() throws Exception {
    Path out = temporary.resolve("out");
    TransactionManifest manifest = DailyFixtures.generate(SPEC, out, "duckdb", 2);
    Path file0 = out.resolve(manifest.files().get(0).path());
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT type, logical_type::VARCHAR FROM parquet_schema('"
                    + file0
                    + "') WHERE name = 'datetime'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("INT64");
      assertThat(rs.getString(2)).contains("isAdjustedToUTC=0").contains("MICROS=MicroSeconds");
    }
    Frame generated = TransactionRows.generate(SPEC, 0).chunks().get(0);
    Map<LocalDate, Long> oracle = new TreeMap<>();
    manifest.days().forEach(d -> oracle.put(d.date(), d.transactions()));
    for (String reader : List.of("duckdb", "arrow")) {
      try (Backend backend = Backends.load(reader, Map.of())) {
        LazyFrame scan = LazyFrame.scan(backend, Source.parquet(out + "/**/*.parquet"));
        assertThat(scan.schema().field("datetime").type()).isEqualTo(DataType.TIMESTAMP);
        Frame head =
            LazyFrame.scan(backend, Source.parquet(file0.toString()))
                .select("datetime")
                .limit(5)
                .collect();
        assertThat(head.column("datetime"))
            .as("wall clock read back by %s", reader)
            .isEqualTo(generated.column("datetime").subList(0, 5));
        Frame perDay =
            scan.withColumns(col("datetime").date().alias("date"))
                .groupBy("date")
                .agg(col("datetime").count().alias("n"))
                .collect();
        Map<LocalDate, Long> split = new TreeMap<>();
        perDay.rows().forEach(r -> split.put((LocalDate) r.get(0), (Long) r.get(1)));
        assertThat(split).as("day split by %s", reader).isEqualTo(oracle);
      }
    }
  }

  @Test
  @DisplayName("refuses a writer without parquet sinks instead of faking one")
  void refusesWriterWithoutParquet() {
    try (Backend tablesaw = Backends.load("tablesaw", Map.of())) {
      assertThatThrownBy(
              () -> TransactionGenerator.generate(SPEC, temporary, tablesaw, 1, Progress.NONE))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("tablesaw")
          .hasMessageContaining("PARQUET_SINK");
    }
  }

  @Test
  @DisplayName("refuses an output folder that is not empty, naming it")
  void refusesNonEmptyFolder() throws Exception {
    Files.writeString(temporary.resolve("old.parquet"), "x");
    assertThatThrownBy(() -> DailyFixtures.generate(SPEC, temporary, "duckdb", 1))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(temporary.toString())
        .hasMessageContaining("not empty");
  }

  @Test
  @DisplayName("fails clearly when the output folder cannot be created, leaving no file")
  void failsOnUnwritableOutput() throws Exception {
    // a file where a folder must go: unwritable even for root, unlike permission bits
    Path blocker = Files.writeString(temporary.resolve("blocker"), "x");
    Path out = blocker.resolve("out");
    assertThatThrownBy(() -> DailyFixtures.generate(SPEC, out, "duckdb", 2))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(blocker.toString());
    try (Stream<Path> all = Files.walk(temporary)) {
      assertThat(all).containsExactly(temporary, blocker);
    }
  }

  @Test
  @DisplayName("removes the files it wrote when a later file fails")
  void cleansUpAfterFailure() throws Exception {
    Path out = temporary.resolve("out");
    // part-0002 exists as a file: files 0 and 1 are written, file 2 cannot be
    try (Backend backend = Backends.load("duckdb", Map.of())) {
      Progress blockThird =
          (done, total) -> {
            if (done == 2) {
              try {
                Files.writeString(out.resolve("part-0002"), "in the way");
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          };
      assertThatThrownBy(() -> TransactionGenerator.generate(SPEC, out, backend, 1, blockThird))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("part-0002");
    }
    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all.map(p -> out.relativize(p).toString()))
          .as("only the obstacle the test made is left")
          .containsExactlyInAnyOrder("", "part-0002");
    }
  }

  @Test
  @DisplayName("removes the oracle CSV and the data when the manifest cannot be written")
  void cleansUpAfterManifestFailure() throws Exception {
    Path out = temporary.resolve("out");
    Path blocker = out.resolve(TransactionManifest.FILE_NAME).resolve("blocker");
    // after the last file, a non-empty folder takes the manifest's name: its rename must fail
    Progress blockManifest =
        (done, total) -> {
          if (done == total) {
            try {
              Files.createDirectories(blocker);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
    try (Backend backend = Backends.load("duckdb", Map.of())) {
      assertThatThrownBy(() -> TransactionGenerator.generate(SPEC, out, backend, 2, blockManifest))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining(TransactionManifest.FILE_NAME);
    }
    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all.map(p -> out.relativize(p).toString()))
          .as("only the obstacle the test made is left")
          .containsExactlyInAnyOrder("", "manifest.json", "manifest.json/blocker");
    }
  }

  @Test
  @DisplayName("reading a volume manifest as transactions says which workload it is")
  void refusesAVolumeManifest() throws Exception {
    Files.writeString(
        temporary.resolve(TransactionManifest.FILE_NAME), "{\"workload\": \"volume\"}");
    assertThatThrownBy(() -> TransactionManifest.read(temporary))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(temporary.resolve("manifest.json") + " is a volume manifest");
  }
}
