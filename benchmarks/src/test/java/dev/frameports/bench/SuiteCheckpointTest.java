package dev.frameports.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SuiteCheckpoint")
class SuiteCheckpointTest {
  @TempDir Path output;

  private static Measurement measured(String name, String backend) {
    return new Measurement(
        "operation",
        name,
        backend,
        "day",
        Measurement.OK,
        null,
        "ms/op",
        12.5,
        12.9,
        0.8,
        List.of(12.1, 12.5),
        400.0,
        180.0,
        4096,
        true);
  }

  @Test
  @DisplayName("what a run saved comes back for the next run to resume from")
  void savedStateComesBack() {
    SuiteCheckpoint checkpoint = new SuiteCheckpoint(output, "full");
    List<Measurement> done = List.of(measured("sort2", "duckdb"), measured("load", "legacy"));
    List<SuiteResults.Equivalence> checks =
        List.of(new SuiteResults.Equivalence("duckdb", "day", "sort2", true, null));

    checkpoint.save(new SuiteCheckpoint.State("2026-11-23T12:00:00Z", 1, "8g", done, checks));
    SuiteCheckpoint.State back = new SuiteCheckpoint(output, "full").load(1, "8g").orElseThrow();

    assertThat(back.measurements()).isEqualTo(done);
    assertThat(back.equivalence()).isEqualTo(checks);
    assertThat(back.startedAt()).isEqualTo("2026-11-23T12:00:00Z");
    checkpoint.delete();
    assertThat(checkpoint.load(1, "8g")).isEmpty();
  }

  @Test
  @DisplayName("a checkpoint made with another seed or heap is refused, naming the file")
  void otherSettingsAreRefused() {
    SuiteCheckpoint checkpoint = new SuiteCheckpoint(output, "full");
    checkpoint.save(
        new SuiteCheckpoint.State("2026-11-23T12:00:00Z", 1, "8g", List.of(), List.of()));

    assertThatThrownBy(() -> checkpoint.load(2, "8g"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partial-full.json")
        .hasMessageContaining("delete it");
    assertThatThrownBy(() -> checkpoint.load(1, "4g")).hasMessageContaining("-Xmx8g");
  }
}
