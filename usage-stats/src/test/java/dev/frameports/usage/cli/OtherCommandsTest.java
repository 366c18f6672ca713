package dev.frameports.usage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("frameports generate, plot and demo")
class OtherCommandsTest {
  @TempDir Path dir;

  @Test
  @DisplayName("generate writes the monthly file, the side files and prints the manifest")
  void generate() {
    Path out = dir.resolve("data");
    Cli.Run run = Cli.run("generate", "--preset", "tiny", "--seed", "3", "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out.resolve("gpu_state_2025-12.db")).isRegularFile();
    assertThat(out.resolve("chtc_owned")).isRegularFile();
    assertThat(out.resolve("masked_hosts.yaml")).isRegularFile();
    assertThat(run.out()).contains("preset=TINY").contains("seed=3").contains("Wrote ");
  }

  @Test
  @DisplayName("generate rejects an unknown preset as a usage error")
  void unknownPreset() {
    Cli.Run run = Cli.run("generate", "--preset", "year", "-o", dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.errLines()).singleElement().asString().contains("year");
  }

  @Test
  @DisplayName("plot writes a PNG of the time series")
  void plot() throws IOException {
    Path data = dir.resolve("data");
    assertThat(Cli.run("generate", "--preset", "tiny", "-o", data.toString()).exitCode()).isZero();
    Path png = dir.resolve("usage.png");
    Cli.Run run = Cli.run("plot", "--db-path", data.toString(), "--output-file", png.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).hasSizeGreaterThan(1_000);
    assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("PNG");
  }

  @Test
  @DisplayName("plot of an empty data folder fails like report, with no file written")
  void plotBadInput() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path png = dir.resolve("usage.png");
    Cli.Run run = Cli.run("plot", "--db-path", empty.toString(), "--output-file", png.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_EMPTY.code());
    assertThat(run.errLines()).singleElement().asString().startsWith("frameports plot: ");
    assertThat(png).doesNotExist();
  }

  @Test
  @DisplayName("demo prints the report of freshly generated data and deletes the data")
  void demo() {
    Cli.Run run = Cli.run("demo", "--preset", "tiny");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("CHTC GPU UTILIZATION REPORT").contains("REAL SLOTS:");
    Matcher m = Pattern.compile("preset into (\\S+) \\.\\.\\.").matcher(run.err());
    assertThat(m.find()).as(run.err()).isTrue();
    assertThat(Path.of(m.group(1))).doesNotExist();
  }
}
