package dev.frameports.frame.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobsTest {
  @TempDir Path dir;

  @Test
  @DisplayName("a glob expands to the matching files sorted by path, recursing with **")
  void expandsSorted() throws IOException {
    Files.createDirectories(dir.resolve("part-1"));
    Files.writeString(dir.resolve("b.csv"), "");
    Files.writeString(dir.resolve("a.csv"), "");
    Files.writeString(dir.resolve("a.txt"), "");
    Files.writeString(dir.resolve("part-1/c.csv"), "");
    assertThat(Globs.expand(dir + "/*.csv"))
        .containsExactly(dir.resolve("a.csv"), dir.resolve("b.csv"));
    assertThat(Globs.expand(dir + "/**.csv")).hasSize(3);
  }

  @Test
  @DisplayName("a glob that matches nothing, or a missing plain path, names the pattern")
  void nothingMatches() {
    assertThatThrownBy(() -> Globs.expand(dir + "/*.parquet"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("*.parquet");
    assertThatThrownBy(() -> Globs.expand(dir + "/missing.csv"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("missing.csv");
  }

  @Test
  @DisplayName("an atomic write that fails leaves neither the target nor a temporary file")
  void atomicWriteFailureLeavesNothing() throws IOException {
    Path target = dir.resolve("out.csv");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    tmp -> {
                      Files.writeString(tmp, "half");
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("out.csv")
        .hasMessageContaining("disk full");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  @DisplayName("an atomic write replaces an existing file")
  void atomicWriteReplaces() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old");
    AtomicFiles.write(target, tmp -> Files.writeString(tmp, "new"));
    assertThat(Files.readString(target)).isEqualTo("new");
  }
}
