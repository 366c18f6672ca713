package dev.frameports.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL suite at its tiny size, against a real embedded server. */
class PostgresSuiteTest {
  @TempDir Path output;

  @Test
  @DisplayName("the tiny run loads every way, queries through both clients and checks all")
  void tinyRunMeasuresAndChecksEverything() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Path written =
        PostgresSuite.run(
            new String[] {"--size", "tiny", "--trials", "1", "--output", output.toString()},
            new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(written.getFileName().toString()).endsWith("-postgres-tiny.json");
    assertThat(output.resolve("latest-postgres-tiny.json")).hasSameBinaryContentAs(written);
    JsonNode results = new ObjectMapper().readTree(Files.readAllBytes(written));
    assertThat(results.get("complete").asBoolean()).isTrue();
    assertThat(results.get("server").get("version").asText()).startsWith("PostgreSQL");
    assertThat(results.get("server").has("fsync")).isTrue();
    assertThat(results.get("loads")).hasSize(6);
    for (JsonNode load : results.get("loads")) {
      assertThat(load.get("failure").isNull()).as(load.toString()).isTrue();
      assertThat(load.get("oracleMatches").asBoolean()).as(load.get("key").asText()).isTrue();
      assertThat(load.get("rows").asLong()).isIn(1_000L, 10_000L);
      assertThat(load.get("medianSeconds").asDouble()).isPositive();
    }
    assertThat(results.get("queries")).hasSize(3);
    for (JsonNode queries : results.get("queries")) {
      assertThat(queries.get("checksumMatches").asBoolean()).as(queries.toString()).isTrue();
      assertThat(queries.get("checksum").asLong())
          .isEqualTo(queries.get("expectedChecksum").asLong())
          .isPositive();
      assertThat(queries.get("queriesPerSecond")).hasSize(1);
    }
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("load persons/COPY", "queries queries-1000/vertx/postgres/pool-2");
  }

  @Test
  @DisplayName("--only keeps the matching measurements and a bad option is refused")
  void onlyFiltersAndBadOptionsAreRefused() throws Exception {
    Path written =
        PostgresSuite.run(
            new String[] {
              "--size", "tiny", "--trials", "1", "--output", output.toString(), "--only", "duckdb"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    JsonNode results = new ObjectMapper().readTree(Files.readAllBytes(written));
    assertThat(results.get("loads"))
        .singleElement()
        .satisfies(l -> assertThat(l.get("key").asText()).isEqualTo("persons/DUCKDB_APPENDER"));
    assertThat(results.get("queries"))
        .singleElement()
        .satisfies(q -> assertThat(q.get("database").asText()).isEqualTo("duckdb"));

    assertThatThrownBy(() -> PostgresSuite.run(new String[] {"--size", "huge"}, System.out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("huge");
  }
}
