package dev.frameports.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole suite at smoke depth (tiny data, one short iteration, real JMH forks with the test
 * class path) so the harness cannot rot. Asserts the results file, never the times.
 */
@DisplayName("The benchmark suite at smoke depth")
class BenchmarkSuiteSmokeTest {
  private static final String IGNORE_LOCK = "jmh.ignoreLock";

  @TempDir Path output;

  @Test
  @DisplayName("measures every backend and ETL workload, each result checked against its oracle")
  void measuresEveryBackendCheckedAgainstTheOracle() throws IOException {
    // The smoke timings are never results, so a benchmark run in progress on the same machine
    // (which holds JMH's lock file) must not fail the build.
    String before = System.getProperty(IGNORE_LOCK);
    System.setProperty(IGNORE_LOCK, "true");
    Path file;
    try {
      file =
          BenchmarkSuite.run(
              new String[] {"--depth", "smoke", "--output", output.toString()}, System.out);
    } finally {
      if (before == null) {
        System.clearProperty(IGNORE_LOCK);
      } else {
        System.setProperty(IGNORE_LOCK, before);
      }
    }

    JsonNode root = new ObjectMapper().readTree(file.toFile());
    assertThat(root.path("formatVersion").asInt()).isEqualTo(1);
    assertThat(root.path("depth").asText()).isEqualTo("smoke");
    assertThat(root.path("environment").path("cores").asInt()).isPositive();
    assertThat(root.path("environment").path("jvmFlags").toString()).contains("-Xmx1g", "java.nio");
    assertThat(root.path("dataSets").get(0).path("rows").asLong()).isPositive();
    assertThat(output.resolve("latest-smoke.json")).exists();

    List<JsonNode> measurements = new ArrayList<>();
    root.path("measurements").forEach(measurements::add);
    List<JsonNode> gpu =
        measurements.stream().filter(m -> !m.path("suite").asText().equals("etl")).toList();
    for (String backend : BenchmarkSuite.BACKENDS) {
      List<JsonNode> mine =
          gpu.stream().filter(m -> m.path("backend").asText().equals(backend)).toList();
      assertThat(mine).as("measurements of %s", backend).hasSize(2);
      for (JsonNode m : mine) {
        assertThat(m.path("status").asText()).as("%s", m).isEqualTo("ok");
        assertThat(m.path("checkedAgainstOracle").asBoolean()).as("%s", m).isTrue();
        assertThat(m.path("median").asDouble()).as("%s", m).isPositive();
        assertThat(m.path("samples").size()).as("%s", m).isEqualTo(1);
        assertThat(m.path("rssHwmMb").asDouble()).as("%s", m).isPositive();
      }
    }
    assertThat(measurements)
        .extracting(m -> m.path("name").asText())
        .contains("filter3", "report24h");

    List<JsonNode> etl =
        measurements.stream().filter(m -> m.path("suite").asText().equals("etl")).toList();
    assertThat(etl)
        .extracting(m -> m.path("name").asText() + "/" + m.path("backend").asText())
        .containsExactlyInAnyOrder(
            "volume/tablesaw",
            "volume/arrow",
            "volume/duckdb",
            "daily/tablesaw",
            "daily/arrow",
            "daily/duckdb");
    for (JsonNode m : etl) {
      assertThat(m.path("status").asText()).as("%s", m).isEqualTo("ok");
      assertThat(m.path("checkedAgainstOracle").asBoolean()).as("%s", m).isTrue();
      assertThat(m.path("samples").size()).as("%s", m).isEqualTo(1);
      // the workload's own heap, not the depth's 1g, for the volume test
      assertThat(m.path("jvmMaxHeapMb").asLong())
          .as("%s", m)
          .isEqualTo(m.path("name").asText().equals("volume") ? 512 : 1024);
    }

    List<JsonNode> checks = new ArrayList<>();
    root.path("equivalence").forEach(checks::add);
    assertThat(checks)
        .hasSize(12)
        .allSatisfy(c -> assertThat(c.path("matches").asBoolean()).isTrue());
  }
}
