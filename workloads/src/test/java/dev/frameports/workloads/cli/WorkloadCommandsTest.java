package dev.frameports.workloads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The etl and generate workload commands")
class WorkloadCommandsTest {
  @TempDir Path dir;

  private String out = "";
  private String err = "";

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = FrameportsMain.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  @DisplayName("etl volume generates its input, runs, prints the throughput and checks the oracle")
  void etlVolumeRunsAndChecks() {
    Path data = dir.resolve("volume");
    int code =
        run(
            "etl",
            "volume",
            "--backend",
            "duckdb",
            "--rows",
            "3000",
            "--files",
            "3",
            "--data-dir",
            data.toString(),
            "--quiet");
    assertThat(code).as(err).isZero();
    assertThat(out).contains("volume on duckdb: 3000 rows").contains("rows/s").contains("MB/s");
    assertThat(out).contains("checked against the oracle: equal");
    assertThat(data.resolve("state_agg.parquet")).isRegularFile();
  }

  @Test
  @DisplayName("etl volume reuses input of the same size and seed instead of generating again")
  void etlVolumeReusesItsInput() throws Exception {
    Path data = dir.resolve("volume");
    String[] args = {
      "etl",
      "volume",
      "--backend",
      "arrow",
      "--rows",
      "1000",
      "--files",
      "2",
      "--data-dir",
      data.toString(),
      "--quiet"
    };
    assertThat(run(args)).as(err).isZero();
    FileTime past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(data.resolve("data0.csv"), past);
    String[] verbose = Arrays.copyOf(args, args.length - 1); // without --quiet
    assertThat(run(verbose)).as(err).isZero();
    assertThat(Files.getLastModifiedTime(data.resolve("data0.csv"))).isEqualTo(past);
    assertThat(err).doesNotContain("generate volume");
    assertThat(out).contains("checked against the oracle: equal");
  }

  @Test
  @DisplayName("etl volume refuses a data folder holding another size")
  void etlVolumeRefusesAnotherSize() {
    Path data = dir.resolve("volume");
    assertThat(
            run(
                "etl",
                "volume",
                "--rows",
                "1000",
                "--files",
                "2",
                "--data-dir",
                data.toString(),
                "--quiet"))
        .isZero();
    int code =
        run(
            "etl",
            "volume",
            "--rows",
            "2000",
            "--files",
            "2",
            "--data-dir",
            data.toString(),
            "--quiet");
    assertThat(code).isEqualTo(2);
    assertThat(err).contains(data.toString()).contains("another size or seed");
  }

  @Test
  @DisplayName("etl without input, or with an unknown backend, fails with a one-line reason")
  void etlWithoutInputFails() {
    assertThat(run("etl", "volume")).isEqualTo(2);
    assertThat(err).contains("no input").contains("--rows");
    assertThat(run("etl", "volume", "--backend", "pandas", "--data-dir", dir.toString()))
        .isEqualTo(11);
    assertThat(err).contains("unknown backend 'pandas'");
  }

  @Test
  @DisplayName("etl volume over a folder without CSV files names the glob that matched nothing")
  void etlVolumeOverAnEmptyFolderFails() {
    int code = run("etl", "volume", "--backend", "arrow", "--data-dir", dir.toString(), "--quiet");
    assertThat(code).isEqualTo(15);
    assertThat(err).contains("data*.csv");
    assertThat(err.lines().count()).isEqualTo(1);
    assertThat(dir.resolve("state_agg.parquet")).doesNotExist();
  }

  @Test
  @DisplayName("etl daily on tablesaw needs --reader, and with one equals the oracle")
  void etlDailyOnTablesawNeedsAReader() {
    Path data = dir.resolve("daily");
    String[] base = {
      "etl",
      "daily",
      "--backend",
      "tablesaw",
      "--rows",
      "4000",
      "--files",
      "2",
      "--days",
      "10",
      "--data-dir",
      data.toString(),
      "--quiet"
    };
    assertThat(run(base)).isEqualTo(16);
    assertThat(err).contains("--reader");
    String[] withReader =
        Stream.concat(Stream.of(base), Stream.of("--reader", "arrow")).toArray(String[]::new);
    assertThat(run(withReader)).as(err).isZero();
    assertThat(out).contains("checked against the oracle: equal");
  }

  @Test
  @DisplayName("etl volume on tablesaw needs --writer, and with one equals the oracle")
  void etlVolumeOnTablesawNeedsAWriter() {
    Path data = dir.resolve("volume");
    String[] base = {
      "etl",
      "volume",
      "--backend",
      "tablesaw",
      "--rows",
      "1500",
      "--files",
      "3",
      "--data-dir",
      data.toString(),
      "--quiet"
    };
    assertThat(run(base)).isEqualTo(16);
    assertThat(err).contains("--writer");
    String[] withWriter =
        Stream.concat(Stream.of(base), Stream.of("--writer", "duckdb")).toArray(String[]::new);
    assertThat(run(withWriter)).as(err).isZero();
    assertThat(out).contains("volume on tablesaw").contains("checked against the oracle: equal");
  }

  @Test
  @DisplayName("etl daily on duckdb runs with the upstream settings and equals the oracle")
  void etlDailyOnDuckDb() {
    Path data = dir.resolve("daily");
    int code =
        run(
            "etl",
            "daily",
            "--backend",
            "duckdb",
            "--rows",
            "4000",
            "--files",
            "2",
            "--days",
            "10",
            "--data-dir",
            data.toString(),
            "--trials",
            "2",
            "--quiet");
    assertThat(code).as(err).isZero();
    assertThat(out).contains("trial 2/2").contains("2 trials: median");
    assertThat(data.resolve("daily_transactions_summary.csv")).isRegularFile();
  }

  @Test
  @DisplayName("generate volume writes the files and the manifest; generate still wants -o")
  void generateVolumeWritesFilesAndManifest() {
    Path data = dir.resolve("gen");
    assertThat(
            run(
                "generate",
                "volume",
                "--rows",
                "900",
                "--files",
                "3",
                "-o",
                data.toString(),
                "--quiet"))
        .as(err)
        .isZero();
    assertThat(data.resolve("data0.csv")).isRegularFile();
    assertThat(data.resolve("data2.csv")).isRegularFile();
    assertThat(data.resolve("manifest.json")).isRegularFile();
    assertThat(out).contains("Wrote 900 rows in 3 files");
    assertThat(run("generate")).isEqualTo(2);
    assertThat(err).contains("--output-dir");
  }

  @Test
  @DisplayName("the top-level help lists the workload commands")
  void helpListsTheWorkloads() {
    assertThat(run("--help")).isZero();
    assertThat(out).contains("etl").contains("report").contains("ETL workloads");
    assertThat(run("generate", "--help")).isZero();
    assertThat(out).contains("volume").contains("transactions");
  }

  @Test
  @DisplayName("etl volume fails with exit 17 when the manifest's row count or sums are not met")
  void etlVolumeOracleMismatch() throws Exception {
    Path data = dir.resolve("volume");
    String[] args = {
      "etl", "volume", "--rows", "1000", "--files", "2", "--data-dir", data.toString(), "--quiet"
    };
    assertThat(run(args)).as(err).isZero();
    Path manifest = data.resolve("manifest.json");
    String original = Files.readString(manifest);
    // one state's row count: the output Parquet has no row counts, only the engine's total does
    Files.writeString(
        manifest,
        original.replaceFirst(
            "\"rows\" : (\\d+),\\s*\"zipCount\"", "\"rows\" : 1$1, \"zipCount\""));
    assertThat(run(args)).isEqualTo(17);
    assertThat(err)
        .contains("the engine read 1000 input rows, the manifest has")
        .contains("1 more");
    Files.writeString(
        manifest, original.replaceFirst("\"netWorthSum\" : (\\d+)", "\"netWorthSum\" : 1$1"));
    assertThat(run(args)).isEqualTo(17);
    assertThat(err).contains("total_net_worth").contains("differs from the oracle");
  }

  @Test
  @DisplayName("etl daily fails with exit 17 when the manifest's total rows are not met")
  void etlDailyOracleMismatch() throws Exception {
    Path data = dir.resolve("daily");
    String[] args = {
      "etl", "daily", "--rows", "3000", "--days", "5", "--data-dir", data.toString(), "--quiet"
    };
    assertThat(run(args)).as(err).isZero();
    Path manifest = data.resolve("manifest.json");
    Files.writeString(
        manifest,
        Files.readString(manifest)
            .replace("\"rows\" : 3000,\n    \"bytes\"", "\"rows\" : 3001,\n    \"bytes\""));
    assertThat(run(args)).isEqualTo(17);
    assertThat(err).contains("the engine read 3000 input rows, the manifest has 3001");
  }

  @Test
  @DisplayName("an output path below a regular file is exit 13, naming the path")
  void outputFailures() throws Exception {
    Path blocker = Files.writeString(dir.resolve("blocker"), "x");
    Path below = blocker.resolve("sub");
    assertThat(run("generate", "volume", "--rows", "100", "--files", "2", "-o", below.toString()))
        .isEqualTo(13);
    assertThat(err).contains(below.toString());
    assertThat(run("generate", "transactions", "--rows", "100", "--quiet", "-o", below.toString()))
        .isEqualTo(13);
    assertThat(err).contains(below.toString());
    assertThat(run("etl", "volume", "--rows", "100", "--data-dir", below.toString(), "--quiet"))
        .isEqualTo(13);
    Path data = dir.resolve("daily");
    Path output = blocker.resolve("summary.csv");
    for (String backend : new String[] {"duckdb", "arrow"}) {
      int code =
          run(
              "etl",
              "daily",
              "--backend",
              backend,
              "--rows",
              "2000",
              "--days",
              "3",
              "--data-dir",
              data.toString(),
              "--output",
              output.toString(),
              "--quiet");
      assertThat(code).as(backend + ": " + err).isEqualTo(13);
      assertThat(err).contains(output.toString());
    }
    assertThat(Files.readString(blocker)).isEqualTo("x");
  }

  @Test
  @DisplayName("generate transactions writes the files and the oracle; bad numbers are exit 2")
  void generateTransactions() {
    Path data = dir.resolve("tx");
    assertThat(
            run(
                "generate",
                "transactions",
                "--rows",
                "3000",
                "--days",
                "4",
                "--workers",
                "1",
                "-o",
                data.toString(),
                "--quiet"))
        .as(err)
        .isZero();
    assertThat(out).contains("Wrote 3,000 rows in 1 files");
    assertThat(data.resolve("part-0000/transactions-0000.parquet")).isRegularFile();
    assertThat(data.resolve("expected_daily_summary.csv")).isRegularFile();
    assertThat(data.resolve("manifest.json")).isRegularFile();
    assertThat(run("generate", "transactions", "--workers", "0", "-o", dir.resolve("x").toString()))
        .isEqualTo(2);
    assertThat(err).contains("--workers");
    assertThat(run("etl", "volume", "--rows", "5000000000", "--files", "1", "--quiet"))
        .isEqualTo(2);
    assertThat(err).contains("rows per file");
  }

  @Test
  @DisplayName("the default file count of transactions follows the rows, and names the folder")
  void defaultTransactionFiles() {
    TransactionOptions options = new TransactionOptions();
    assertThat(options.files(100_000)).isEqualTo(1);
    assertThat(options.files(100_000_000)).isEqualTo(64);
    assertThat(options.files(100_000_001)).isEqualTo(65);
    options.files = 3;
    assertThat(options.files(100_000_000)).isEqualTo(3);
    assertThat(options.shape()).isEqualTo("d365-from2024-01-01-c1000000");
  }

  @Test
  @DisplayName("etl volume passes --memory-limit to DuckDB: a limit DuckDB refuses stops the run")
  void etlVolumeMemoryLimit() {
    Path data = dir.resolve("volume");
    String[] args = {
      "etl",
      "volume",
      "--backend",
      "duckdb",
      "--rows",
      "500",
      "--files",
      "1",
      "--data-dir",
      data.toString(),
      "--quiet",
      "--memory-limit"
    };
    String[] bad = Arrays.copyOf(args, args.length + 1);
    bad[args.length] = "12parsecs";
    assertThat(run(bad)).isEqualTo(2);
    assertThat(err).contains("12parsecs");
    // the spill folder is a temporary one, deleted after the run
    Matcher spill = Pattern.compile("temporaryDirectory=([^,\\]]+)").matcher(err);
    assertThat(spill.find()).as(err).isTrue();
    assertThat(Path.of(spill.group(1))).doesNotExist();
    assertThat(spill.group(1)).doesNotStartWith(data.toString());
    String[] good = Arrays.copyOf(args, args.length + 1);
    good[args.length] = "256MB";
    assertThat(run(good)).as(err).isZero();
  }
}
