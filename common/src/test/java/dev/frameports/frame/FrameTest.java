package dev.frameports.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FrameTest {
  private static final Schema SCHEMA =
      Schema.of(Field.of("name", DataType.STRING), Field.of("n", DataType.INT64));

  @Test
  @DisplayName("a frame keeps rows, columns and nulls as given")
  void keepsRowsAndNulls() {
    Frame frame = Frame.ofRows(SCHEMA, List.of(Arrays.asList("a", 1L), Arrays.asList(null, null)));
    assertThat(frame.height()).isEqualTo(2);
    assertThat(frame.column("n")).containsExactly(1L, null);
    assertThat(frame.row(1)).containsExactly(null, null);
    assertThat(frame.get(0, "name")).isEqualTo("a");
  }

  @Test
  @DisplayName("a value of the wrong class is rejected with its row and column")
  void rejectsWrongClass() {
    assertThatThrownBy(() -> Frame.ofRows(SCHEMA, List.of(List.of("a", 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 0, column 'n'")
        .hasMessageContaining("INT64");
  }

  @Test
  @DisplayName("toString prints a table with the shape, names and types")
  void printsTable() {
    Frame frame = Frame.ofRows(SCHEMA, List.of(List.of("gpu", 3L)));
    assertThat(frame.toString())
        .contains("shape: (1, 2)")
        .contains("name")
        .contains("int64")
        .contains("\"gpu\"");
  }

  @Test
  @DisplayName("frames grow past their initial capacity")
  void grows() {
    Frame.Builder builder = Frame.builder(SCHEMA);
    for (long i = 0; i < 1000; i++) {
      builder.addRow("r" + i, i);
    }
    Frame frame = builder.build();
    assertThat(frame.height()).isEqualTo(1000);
    assertThat(frame.get(999, "n")).isEqualTo(999L);
  }
}
