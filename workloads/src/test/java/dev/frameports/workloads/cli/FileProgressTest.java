package dev.frameports.workloads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FileProgress")
class FileProgressTest {
  @Test
  @DisplayName("never draws a smaller count after a larger one (workers finish out of order)")
  void monotonic() {
    StringWriter text = new StringWriter();
    FileProgress progress = new FileProgress(new PrintWriter(text), "generate volume");
    progress.advance(2, 3);
    progress.advance(1, 3);
    progress.advance(3, 3);
    assertThat(text.toString())
        .isEqualTo(
            "\rgenerate volume: 2/3 files\rgenerate volume: 3/3 files" + System.lineSeparator());
  }
}
