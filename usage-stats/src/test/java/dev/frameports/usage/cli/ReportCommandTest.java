package dev.frameports.usage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frameports.usage.generate.GeneratorPreset;
import dev.frameports.usage.generate.GpuStateGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("frameports report on good input")
class ReportCommandTest {
  @TempDir static Path shared;
  @TempDir Path dir;

  static Path tiny;

  @BeforeAll
  static void generateTinyData() {
    tiny = shared.resolve("tiny");
    GpuStateGenerator.of(GeneratorPreset.TINY).quiet().writeTo(tiny);
  }

  @Test
  @DisplayName("the default report of a data folder is the text report on standard output")
  void textToStdout() {
    Cli.Run run = Cli.run("report", "--db-path", tiny.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("CHTC GPU UTILIZATION REPORT")
        .contains("REAL SLOTS:")
        .contains("Data Period: 2025-12-02");
  }

  @Test
  @DisplayName("JSON output written to a file keeps the upstream keys")
  void jsonToFile() throws IOException {
    Path file = dir.resolve("report.json");
    Cli.Run run =
        Cli.run(
            "report",
            "--db-path",
            tiny.resolve("gpu_state_2025-12.db").toString(),
            "--output-format",
            "json",
            "--output-file",
            file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.has("metadata")).isTrue();
    assertThat(json.has("device_stats")).isTrue();
    assertThat(json.get("metadata").get("total_records").asLong()).isPositive();
    try (var siblings = Files.list(dir)) {
      assertThat(siblings).containsExactly(file); // no temporary file left behind
    }
  }

  @Test
  @DisplayName("HTML output is a complete document")
  void html() {
    Cli.Run run = Cli.run("report", "--db-path", tiny.toString(), "--output-format", "HTML");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("</html>");
  }

  @Test
  @DisplayName("--no-group-by-device prints the allocation summary")
  void allocationSummary() {
    Cli.Run run = Cli.run("report", "--db-path", tiny.toString(), "--no-group-by-device");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Allocation Summary").doesNotContain("REAL SLOTS:");
  }

  @Test
  @DisplayName("a window without data exits with NO_DATA and writes no file")
  void noData() {
    Path file = dir.resolve("report.txt");
    Cli.Run run =
        Cli.run(
            "report",
            "--db-path",
            tiny.toString(),
            "--end-time",
            "2025-12-01 00:00:00",
            "--output-file",
            file.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.NO_DATA.code());
    assertThat(run.errLines()).singleElement().asString().contains("No data found");
    assertThat(file).doesNotExist();
  }

  @Test
  @DisplayName("an output file that cannot be created exits with OUTPUT_FAILED naming it")
  void outputFails() throws IOException {
    Path blocker = Files.writeString(dir.resolve("a-file"), "x");
    Path file = blocker.resolve("report.txt");
    Cli.Run run = Cli.run("report", "--db-path", tiny.toString(), "--output-file", file.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OUTPUT_FAILED.code());
    assertThat(run.errLines()).singleElement().asString().contains(file.toString());
    assertThat(Files.exists(file)).isFalse();
    assertThat(blocker).hasContent("x");
  }

  @Test
  @DisplayName("snapshot mode without --gpu-model lists the models present at the time")
  void snapshotModels() {
    Cli.Run run =
        Cli.run(
            "report",
            "--db-path",
            tiny.toString(),
            "--analysis-type",
            "gpu_model_snapshot",
            "--snapshot-time",
            "2025-12-02 16:00:00");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("GPU models within 5 minutes").contains("NVIDIA");
  }

  @Test
  @DisplayName("snapshot mode without --snapshot-time is a usage error")
  void snapshotNeedsTime() {
    Cli.Run run =
        Cli.run("report", "--db-path", tiny.toString(), "--analysis-type", "gpu_model_snapshot");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.errLines()).singleElement().asString().contains("--snapshot-time");
  }

  @Test
  @DisplayName("--group-by-device is on by default and --no-group-by-device turns it off")
  void negatableOptions() {
    ReportCommand byDefault = new ReportCommand();
    new CommandLine(byDefault).parseArgs();
    assertThat(byDefault.groupByDevice).isTrue();
    assertThat(byDefault.allDevices).isFalse();

    ReportCommand explicit = new ReportCommand();
    new CommandLine(explicit).parseArgs("--group-by-device", "--all-devices");
    assertThat(explicit.groupByDevice).isTrue();
    assertThat(explicit.allDevices).isTrue();

    ReportCommand negated = new ReportCommand();
    new CommandLine(negated).parseArgs("--no-group-by-device", "--no-all-devices");
    assertThat(negated.groupByDevice).isFalse();
    assertThat(negated.allDevices).isFalse();
  }

  @Test
  @DisplayName("report --help documents every upstream option, the backend and the exit codes")
  void help() {
    Cli.Run run = Cli.run("report", "--help");
    assertThat(run.exitCode()).isZero();
    for (String option :
        new String[] {
          "--hours-back",
          "--host",
          "--db-path",
          "--analysis-type",
          "--bucket-minutes",
          "--end-time",
          "--[no-]group-by-device",
          "--[no-]all-devices",
          "--gpu-model",
          "--snapshot-time",
          "--window-minutes",
          "--exclude-hosts",
          "--exclude-hosts-yaml",
          "--output-format",
          "--output-file",
          "--email-to",
          "--email-from",
          "--smtp-server",
          "--smtp-port",
          "--email-timeout",
          "--[no-]email-debug",
          "--backend"
        }) {
      assertThat(run.out()).contains(option);
    }
    assertThat(run.out())
        .contains("NOT implemented yet")
        .contains("Default: duckdb")
        .contains("Exit codes:")
        .contains("12   no data in the requested time window");
  }
}
