package dev.frameports.usage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.usage.generate.GeneratorPreset;
import dev.frameports.usage.generate.GpuStateGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("frameports report on bad input")
class ReportCommandBadInputTest {
  @TempDir static Path shared;
  @TempDir Path dir;

  static Path tiny;

  @BeforeAll
  static void generateTinyData() {
    tiny = shared.resolve("tiny");
    GpuStateGenerator.of(GeneratorPreset.TINY).quiet().writeTo(tiny);
  }

  /** Runs report with {@code --output-file} in the test folder, plus the arguments given. */
  private Cli.Run report(String... args) {
    List<String> all = new ArrayList<>(List.of("report", "--output-file", output().toString()));
    all.addAll(Arrays.asList(args));
    return Cli.run(all.toArray(String[]::new));
  }

  private Path output() {
    return dir.resolve("out").resolve("report.txt");
  }

  /** One stderr line that names {@code input} and starts with the command name; no output file. */
  private void assertFailure(Cli.Run run, ExitCode expected, String input, String... mentions) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(expected.code());
    assertThat(run.errLines()).hasSize(1);
    String line = run.errLines().get(0);
    assertThat(line).startsWith("frameports report: ").contains(input);
    for (String m : mentions) {
      assertThat(line).contains(m);
    }
    assertThat(run.out()).isEmpty();
    assertThat(output()).doesNotExist();
  }

  @Test
  @DisplayName("a data directory that does not exist exits with DATA_MISSING naming it")
  void missingDirectory() {
    Path missing = dir.resolve("no-such-folder");
    Cli.Run run = report("--db-path", missing.resolve("gpu_state_2025-12.db").toString());
    assertFailure(run, ExitCode.DATA_MISSING, missing.toString(), "does not exist");
  }

  @Test
  @DisplayName("a database file that does not exist exits with DATA_MISSING naming it")
  void missingFile() {
    Path missing = dir.resolve("gpu_state_2025-12.db");
    assertFailure(
        report("--db-path", missing.toString()), ExitCode.DATA_MISSING, missing.toString());
  }

  @Test
  @DisplayName("a data directory without monthly files exits with DATA_EMPTY naming it")
  void emptyDirectory() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.txt"), "not data");
    assertFailure(
        report("--db-path", empty.toString()),
        ExitCode.DATA_EMPTY,
        empty.toString(),
        "no gpu_state");
  }

  @Test
  @DisplayName("a file that is not SQLite exits with NOT_A_DATABASE naming it")
  void corruptFile() throws IOException {
    Path db = BadDatabases.garbage(dir.resolve("data/gpu_state_2025-12.db"));
    assertFailure(
        report("--db-path", db.toString()), ExitCode.NOT_A_DATABASE, db.toString(), "SQLite");
  }

  @Test
  @DisplayName("a SQLite file of another application exits with FOREIGN_DATABASE naming it")
  void foreignDatabase() {
    Path db = BadDatabases.foreign(dir.resolve("data/gpu_state_2025-12.db"));
    assertFailure(
        report("--db-path", db.toString()), ExitCode.FOREIGN_DATABASE, db.toString(), "gpu_state");
  }

  @Test
  @DisplayName("a gpu_state table without a column exits with MISSING_COLUMN naming the column")
  void missingColumn() {
    Path db = BadDatabases.withoutUsageColumn(dir.resolve("data/gpu_state_2025-12.db"));
    assertFailure(
        report("--db-path", db.toString()),
        ExitCode.MISSING_COLUMN,
        db.toString(),
        "GPUsAverageUsage");
  }

  @Test
  @DisplayName("an unparsable timestamp exits with BAD_TIMESTAMP quoting the value")
  void invalidTimestamp() {
    Path db =
        BadDatabases.withTimestamps(
            dir.resolve("data/gpu_state_2025-12.db"),
            List.of("2025-12-01 10:00:00", "2025-12-01 10:05:00", "yesterday at noon"));
    assertFailure(
        report("--db-path", db.toString()),
        ExitCode.BAD_TIMESTAMP,
        db.toString(),
        "'yesterday at noon'");
  }

  @Test
  @DisplayName("an impossible date exits with BAD_TIMESTAMP")
  void impossibleDate() {
    Path db =
        BadDatabases.withTimestamps(
            dir.resolve("data/gpu_state_2025-02.db"), List.of("2025-02-30 10:00:00"));
    assertFailure(
        report("--db-path", db.toString()), ExitCode.BAD_TIMESTAMP, db.toString(), "2025-02-30");
  }

  @Test
  @DisplayName("one file mixing timestamps with and without fraction exits with BAD_TIMESTAMP")
  void mixedTimestamps() {
    Path db =
        BadDatabases.withTimestamps(
            dir.resolve("data/gpu_state_2025-12.db"),
            List.of("2025-12-01 10:00:00", "2025-12-01 10:05:00.123456"));
    assertFailure(
        report("--db-path", db.toString()), ExitCode.BAD_TIMESTAMP, db.toString(), "mixed");
  }

  @Test
  @DisplayName("exclusions that are not YAML exit with BAD_EXCLUSIONS naming the file")
  void badYaml() throws IOException {
    Path yaml = Files.writeString(dir.resolve("masked.yaml"), "excluded_hosts: [unclosed, {\n");
    assertFailure(
        report("--db-path", tiny.toString(), "--exclude-hosts-yaml", yaml.toString()),
        ExitCode.BAD_EXCLUSIONS,
        yaml.toString(),
        "not valid YAML");
  }

  @Test
  @DisplayName("exclusions without the excluded_hosts key exit with BAD_EXCLUSIONS")
  void yamlWithoutKey() throws IOException {
    Path yaml =
        Files.writeString(dir.resolve("masked.yaml"), "voyles2000: hardcoded start expression\n");
    assertFailure(
        report("--db-path", tiny.toString(), "--exclude-hosts-yaml", yaml.toString()),
        ExitCode.BAD_EXCLUSIONS,
        yaml.toString(),
        "excluded_hosts");
  }

  @Test
  @DisplayName("an exclusions file that does not exist exits with BAD_EXCLUSIONS")
  void missingYaml() {
    Path yaml = dir.resolve("nowhere.yaml");
    assertFailure(
        report("--db-path", tiny.toString(), "--exclude-hosts-yaml", yaml.toString()),
        ExitCode.BAD_EXCLUSIONS,
        yaml.toString());
  }

  @Test
  @DisplayName("an exclusion pattern with regex characters exits with REGEX_IN_EXCLUSION")
  void regexPattern() throws IOException {
    Path yaml =
        Files.writeString(
            dir.resolve("masked.yaml"), "excluded_hosts:\n  \"gpulab200[34]\": interactive\n");
    assertFailure(
        report("--db-path", tiny.toString(), "--exclude-hosts-yaml", yaml.toString()),
        ExitCode.REGEX_IN_EXCLUSION,
        yaml.toString(),
        "gpulab200[34]",
        "literal host names");
  }

  @Test
  @DisplayName("an inline exclusion pattern with regex characters is rejected the same way")
  void inlineRegexPattern() {
    assertFailure(
        report("--db-path", tiny.toString(), "--exclude-hosts", "{excluded_hosts: {'gpu.*': x}}"),
        ExitCode.REGEX_IN_EXCLUSION,
        "--exclude-hosts",
        "gpu.*");
  }

  @Test
  @DisplayName("an unknown backend exits with UNKNOWN_BACKEND listing the names available")
  void unknownBackend() {
    assertFailure(
        report("--db-path", tiny.toString(), "--backend", "pandas"),
        ExitCode.UNKNOWN_BACKEND,
        "'pandas'",
        "duckdb",
        "tablesaw",
        "arrow");
  }

  @Test
  @DisplayName("--email-to is rejected as not implemented")
  void emailRejected() {
    assertFailure(
        report("--db-path", tiny.toString(), "--email-to", "someone@example.org"),
        ExitCode.NOT_IMPLEMENTED,
        "--email-to",
        "not implemented");
  }

  @Test
  @DisplayName("an unknown option is a usage error on one line")
  void unknownOption() {
    assertFailure(report("--hours-bak", "24"), ExitCode.USAGE, "--hours-bak", "see --help");
  }

  @Test
  @DisplayName("an --end-time that is not a time is a usage error naming the option")
  void badEndTime() {
    assertFailure(
        report("--db-path", tiny.toString(), "--end-time", "noon"),
        ExitCode.USAGE,
        "--end-time",
        "YYYY-MM-DD HH:MM:SS");
  }

  @Test
  @DisplayName("inline and file exclusions together are a usage error")
  void bothExclusionOptions() throws IOException {
    Path yaml = Files.writeString(dir.resolve("other.yaml"), "excluded_hosts: {}\n");
    assertFailure(
        report(
            "--db-path",
            tiny.toString(),
            "--exclude-hosts",
            "{excluded_hosts: {gpulab2003: x}}",
            "--exclude-hosts-yaml",
            yaml.toString()),
        ExitCode.USAGE,
        "--exclude-hosts");
  }

  @Test
  @DisplayName("every failure kind has its own exit code")
  void distinctCodes() {
    assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::code).distinct())
        .hasSize(ExitCode.values().length);
  }
}
