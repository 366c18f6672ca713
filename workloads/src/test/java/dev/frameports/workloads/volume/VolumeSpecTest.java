package dev.frameports.workloads.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VolumeSpecTest {

  @Test
  @DisplayName("rows, files and workers below 1 are refused with a message naming the parameter")
  void validation() {
    assertThatThrownBy(() -> new VolumeSpec(0, 5, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows must be at least 1, got 0");
    assertThatThrownBy(() -> new VolumeSpec(10, 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("files must be at least 1, got 0");
    assertThatThrownBy(() -> new VolumeSpec(10, 5, 1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workers must be at least 1, got -2");
  }

  @Test
  @DisplayName("each file gets rows/files rows and the last file also takes the remainder")
  void rowsOfFile() {
    VolumeSpec spec = new VolumeSpec(23, 5, 1, 1);
    assertThat(spec.rowsOfFile(0)).isEqualTo(4);
    assertThat(spec.rowsOfFile(3)).isEqualTo(4);
    assertThat(spec.rowsOfFile(4)).isEqualTo(7);
    assertThat(new VolumeSpec(3, 5, 1, 1).rowsOfFile(0)).isZero();
    assertThat(new VolumeSpec(3, 5, 1, 1).rowsOfFile(4)).isEqualTo(3);
    assertThatThrownBy(() -> spec.rowsOfFile(5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  @DisplayName("the named sizes are the spec's profiles and are found by name in any case")
  void sizes() {
    assertThat(VolumeSize.TINY.spec(7, 2)).isEqualTo(new VolumeSpec(10_000, 5, 7, 2));
    assertThat(VolumeSize.named("small").rows()).isEqualTo(1_000_000);
    assertThat(VolumeSize.named("BENCH").rows()).isEqualTo(50_000_000);
    assertThat(VolumeSize.FULL.spec(0, 8).rowsOfFile(49)).isEqualTo(4_000_000);
    assertThatThrownBy(() -> VolumeSize.named("huge"))
        .hasMessageContaining("unknown volume size 'huge'")
        .hasMessageContaining("tiny");
  }
}
