package dev.frameports.tck;

import static dev.frameports.frame.DataType.BOOLEAN;
import static dev.frameports.frame.DataType.DATE;
import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT32;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.source.Source;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** In-memory sources: every type, nulls included, comes back exactly as given. */
public abstract class MemorySourceContract extends BackendContract {
  static final Schema ALL_TYPES =
      schema(
          "b", BOOLEAN, "i", INT32, "l", INT64, "f", FLOAT64, "s", STRING, "t", TIMESTAMP, "d",
          DATE);

  /** One row of every type, one of nulls and one of extremes; shared with the file groups. */
  static List<List<Object>> allTypesRows() {
    return List.of(
        row(
            true,
            42,
            1_234_567_890_123L,
            2.5,
            "gr\u00FC\u00DFe, \"quoted\"",
            ts("2025-12-02 16:05:01.482913"),
            day("2024-02-29")),
        row(null, null, null, null, null, null, null),
        row(
            false,
            Integer.MIN_VALUE,
            Long.MAX_VALUE,
            -0.125,
            "",
            ts("1969-12-31 23:59:59.999999"),
            day("1969-12-31")));
  }

  @Test
  @DisplayName("every type and null round-trips through an in-memory source")
  void allTypesRoundTrip() {
    var input = Frame.ofRows(ALL_TYPES, allTypesRows());
    var result = backend().scan(Source.of(input)).collect();
    assertThatFrame(result).hasSchema(ALL_TYPES).hasRowsInOrder(allTypesRows());
  }

  @Test
  @DisplayName("schema() of an in-memory source is the frame's schema")
  void schemaOfMemorySource() {
    var input = Frame.ofRows(ALL_TYPES, allTypesRows());
    assertThat(backend().from(input).schema()).isEqualTo(ALL_TYPES);
  }

  @Test
  @DisplayName("the same in-memory frame can be scanned several times")
  void scannedTwice() {
    var input = backend().from(Frame.ofRows(ALL_TYPES, allTypesRows()));
    assertThatFrame(input.concat(input).collect()).hasHeight(6);
    assertThatFrame(input.collect()).hasRowsInOrder(allTypesRows());
  }
}
