package dev.frameports.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The ETL workloads' section of the decision document")
class EtlSectionTest {
  @TempDir static Path out;
  static String text;

  @BeforeAll
  static void generate() throws IOException {
    Path document =
        DecisionDocument.generate(
            Results.fixture(Results.FASTEST),
            Results.fixture("results-etl.json"),
            null,
            out.resolve("decisions"));
    text = Files.readString(document);
  }

  @Test
  @DisplayName("has a section per workload with its input, heap and the engines' outcomes")
  void sectionPerWorkload() {
    assertThat(text).contains("## Other workloads: the ported ETL systems");
    assertThat(text).contains("### volume — the Polars volume test");
    assertThat(text).contains("### daily — the 1 TB parquet daily summary");
    assertThat(text).contains("volume-bench: 50,000,000 rows, 50 files, 4000 MB");
    assertThat(text)
        .contains("| tablesaw | volume-bench")
        .contains("-Xmx512m | failed: out of heap");
  }

  @Test
  @DisplayName("computes throughput from the data set and the median, and names the fastest")
  void throughputAndFastest() {
    // volume on duckdb: 50M rows and 4 GB in 40 s
    assertThat(text).contains("| completed | 40.0 (± 2.0) | 1,250,000 | 100.0 | 1300 | equal |");
    assertThat(text)
        .contains("Completed within the heap: arrow, duckdb. Fastest: **duckdb** (40.0 s");
    assertThat(text).contains("Fastest: **duckdb** (10.0 s median)");
  }

  @Test
  @DisplayName("embeds one chart per workload, written as a PNG beside the document")
  void chartsPerWorkload() {
    assertThat(text)
        .contains("](0001-charts/etl-volume.png)")
        .contains("](0001-charts/etl-daily.png)");
    assertThat(out.resolve("decisions/0001-charts/etl-volume.png")).isNotEmptyFile();
    assertThat(out.resolve("decisions/0001-charts/etl-daily.png")).isNotEmptyFile();
  }

  @Test
  @DisplayName("is placed before the environment and does not change the recommendation")
  void placementAndDecision() throws IOException {
    assertThat(text.indexOf("## Other workloads")).isLessThan(text.indexOf("## Environment"));
    String without =
        Files.readString(
            DecisionDocument.generate(Results.fixture(Results.FASTEST), out.resolve("plain")));
    assertThat(without).doesNotContain("## Other workloads");
    String outcome = "## Decision Outcome";
    assertThat(section(text, outcome)).isEqualTo(section(without, outcome));
  }

  private static String section(String document, String heading) {
    int start = document.indexOf(heading);
    return document.substring(start, document.indexOf("\n## ", start + 1));
  }
}
