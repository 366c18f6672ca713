package dev.frameports.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The failure reason of a JMH run")
class FailureReasonTest {
  @Test
  @DisplayName("names an out-of-heap fork with the heap limit")
  void outOfMemoryNamesTheHeap() {
    List<String> log =
        List.of(
            "# Run progress: 0.00% complete",
            "<failure>",
            "java.lang.OutOfMemoryError: Java heap space",
            "\tat joinery.DataFrame.append(DataFrame.java:1)");

    assertThat(FailureReason.of(log, "4g"))
        .isEqualTo("OutOfMemoryError: Java heap space at -Xmx4g");
  }

  @Test
  @DisplayName("prefers an oracle mismatch over the exceptions that wrap it")
  void oracleMismatchWins() {
    List<String> log =
        List.of(
            "java.lang.RuntimeException: setup failed",
            "Caused by: dev.frameports.bench.OracleMismatchException: oracle mismatch: arrow sort2"
                + " on day: same 10 rows, values differ in [timestamp]");

    assertThat(FailureReason.of(log, "4g"))
        .isEqualTo(
            "oracle mismatch: arrow sort2 on day: same 10 rows, values differ in [timestamp]");
  }

  @Test
  @DisplayName("falls back to the fork's exit code")
  void exitCode() {
    assertThat(FailureReason.of(List.of("<forked VM failed with exit code 137>"), "4g"))
        .isEqualTo("forked JVM failed with exit code 137");
  }
}
