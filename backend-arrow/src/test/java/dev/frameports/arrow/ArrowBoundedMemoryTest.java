package dev.frameports.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory is part of correctness: filter + aggregate, unique and a Parquet sink run in a forked JVM
 * whose heap and allocator limit are both at least ten times smaller than the generated input, and
 * give exactly the answers tallied while the input was written.
 */
@DisplayName("arrow backend: bounded memory")
class ArrowBoundedMemoryTest {
  private static final long HEAP_MB = 64;
  private static final long LIMIT_MB = 32;
  private static final long INPUT_BYTES = 11 * HEAP_MB * 1024 * 1024;
  private static final List<String> JVM_FLAGS =
      List.of(
          "-XX:+IgnoreUnrecognizedVMOptions",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--enable-native-access=ALL-UNNAMED",
          "--sun-misc-unsafe-memory-access=allow");

  @TempDir Path directory;

  @Test
  @DisplayName("aggregate, unique and sink stream an input ten times larger than heap and limit")
  void streamsAnInputMuchLargerThanHeapAndLimit() throws Exception {
    Path csv = directory.resolve("big.csv");
    ArrowBigCsv expected = ArrowBigCsv.write(csv, INPUT_BYTES, 20261123L);
    assertThat(Files.size(csv))
        .isGreaterThanOrEqualTo(10 * HEAP_MB * 1024 * 1024)
        .isGreaterThanOrEqualTo(10 * LIMIT_MB * 1024 * 1024);

    List<String> lines = runForked(csv, directory, LIMIT_MB + "m");

    assertThat(lines).contains("done").doesNotContain("order-broken FIRST", "order-broken LAST");
    List<String> groups = new ArrayList<>();
    expected.groups.forEach((category, group) -> groups.add(group.line(category)));
    assertThat(lines.stream().filter(l -> l.startsWith("agg ")).toList())
        .containsExactlyInAnyOrderElementsOf(groups);
    assertThat(unique(lines, "FIRST")).isEqualTo(pairs(expected.firstIds, "FIRST"));
    assertThat(unique(lines, "LAST")).isEqualTo(pairs(expected.lastIds, "LAST"));
    assertThat(lines)
        .contains("sink " + expected.sinkRows + " " + expected.sinkSum + " " + expected.sinkMaxId);
    long heap = Long.parseLong(line(lines, "heap ").substring(5));
    assertThat(heap).isLessThanOrEqualTo(HEAP_MB * 1024 * 1024);
  }

  private static TreeSet<String> unique(List<String> lines, String keep) {
    return new TreeSet<>(lines.stream().filter(l -> l.startsWith("unique " + keep + " ")).toList());
  }

  private static TreeSet<String> pairs(Map<String, Long> ids, String keep) {
    TreeSet<String> result = new TreeSet<>();
    ids.forEach((pair, id) -> result.add("unique " + keep + " " + pair + " " + id));
    return result;
  }

  private static String line(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse(prefix + "0");
  }

  private static List<String> runForked(Path csv, Path out, String limit)
      throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path");
    if (classPath == null || classPath.isBlank()) {
      classPath = System.getProperty("java.class.path");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + HEAP_MB + "m");
    command.addAll(JVM_FLAGS);
    command.add("-cp");
    command.add(classPath);
    command.add(ArrowBoundedMemoryRun.class.getName());
    command.add(csv.toString());
    command.add(out.toString());
    command.add(limit);
    Path log = out.resolve("forked.log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the forked JVM did not finish in 10 minutes");
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(process.exitValue())
        .as("exit code of the forked JVM; its output:\n" + String.join("\n", lines))
        .isZero();
    return lines;
  }
}
