package dev.frameports.workloads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
    FileTime before = Files.getLastModifiedTime(data.resolve("data0.csv"));
    Thread.sleep(20);
    assertThat(run(args)).as(err).isZero();
    assertThat(Files.getLastModifiedTime(data.resolve("data0.csv"))).isEqualTo(before);
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
    assertThat(code).isNotZero();
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
}
