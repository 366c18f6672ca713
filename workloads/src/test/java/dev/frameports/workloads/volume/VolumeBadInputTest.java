package dev.frameports.workloads.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.frameports.frame.SourceException;
import dev.frameports.frame.spi.Backend;
import dev.frameports.workloads.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad inputs and outputs on every backend. Tablesaw cannot finish the job (no Parquet sink), so
 * there the same inputs go through {@link VolumeJob#aggregate}, which reads them the same way.
 */
class VolumeBadInputTest {
  @TempDir Path data;
  @TempDir Path out;

  @BeforeEach
  void generate() {
    VolumeGenerator.generate(new VolumeSpec(60, 3, 5, 1), data, Progress.NONE);
  }

  static List<String> all() {
    return VolumeBackends.all().toList();
  }

  static List<String> withParquetSink() {
    return VolumeBackends.withParquetSink().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  @DisplayName("a folder without data*.csv files fails naming the pattern")
  void noFiles(String backend, @TempDir Path empty) {
    assertThatThrownBy(readOn(backend, empty))
        .isInstanceOf(SourceException.class)
        .hasMessage("no files match " + empty + "/data*.csv");
    assertThat(out.resolve("state_agg.parquet")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  @DisplayName("a file whose header differs fails naming the file and line 1")
  void wrongHeader(String backend) throws IOException {
    Path file = data.resolve("data1.csv");
    String text = Files.readString(file);
    Files.writeString(file, text.replaceFirst("zip_cd,city", "city,zip_cd"));
    assertThatThrownBy(readOn(backend, data))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("CSV file " + file + ", line 1: header 'first_name,")
        .hasMessageContaining("expected 'first_name,last_name,");
    assertThat(out.resolve("state_agg.parquet")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  @DisplayName("a net_worth that is not a number fails naming the file (and the line if known)")
  void badNetWorth(String backend) throws IOException {
    Path file = data.resolve("data2.csv");
    List<String> lines = Files.readAllLines(file);
    String line5 = lines.get(4);
    lines.set(4, line5.substring(0, line5.lastIndexOf(',') + 1) + "12x");
    Files.writeString(file, String.join("\r\n", lines) + "\r\n");
    var failure =
        assertThatThrownBy(readOn(backend, data))
            .isInstanceOf(SourceException.class)
            .hasMessageContaining(file.toString());
    switch (backend) {
      case "tablesaw" -> failure.hasMessageContaining("line 5").hasMessageContaining("net_worth");
      case "arrow" -> failure.hasMessageContaining("data row 4").hasMessageContaining("net_worth");
      // DuckDB names the value but not the line: the job re-reads the file to find it
      default -> failure.hasMessageContaining("line 5, column net_worth: '12x' is not a INT64");
    }
    assertThat(out.resolve("state_agg.parquet")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withParquetSink")
  @DisplayName("an output folder that is a regular file fails naming the target; nothing is left")
  void outputBelowAFile(String backend) throws IOException {
    Path blocker = Files.writeString(out.resolve("results"), "x");
    Path target = blocker.resolve("state_agg.parquet");
    try (Backend engine = VolumeBackends.load(backend)) {
      assertThatThrownBy(() -> VolumeJob.run(engine, data, target, Clock.systemUTC()))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining(target.toString());
    }
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left).containsExactly(blocker);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withParquetSink")
  @DisplayName("a read-only output folder fails naming the target; nothing is left (not as root)")
  void readOnlyOutput(String backend) throws IOException {
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeThat(Files.isWritable(out)).as("root ignores permissions").isFalse();
      Path target = out.resolve("state_agg.parquet");
      try (Backend engine = VolumeBackends.load(backend)) {
        assertThatThrownBy(() -> VolumeJob.run(engine, data, target, Clock.systemUTC()))
            .isInstanceOf(SourceException.class)
            .hasMessageContaining(target.toString());
      }
      try (Stream<Path> left = Files.list(out)) {
        assertThat(left).isEmpty();
      }
    } finally {
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** The job on a backend with a Parquet sink, else the same read through the aggregate. */
  private ThrowingCallable readOn(String backend, Path input) {
    return () -> {
      try (Backend engine = VolumeBackends.load(backend)) {
        if (backend.equals("tablesaw")) {
          VolumeJob.aggregate(engine, input).collect();
        } else {
          VolumeJob.run(engine, input, out.resolve("state_agg.parquet"), Clock.systemUTC());
        }
      }
    };
  }
}
