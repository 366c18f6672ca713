package dev.frameports.workloads.volume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VolumeCheckTest {
  private static final LocalDateTime FROM = LocalDateTime.of(2024, 4, 16, 12, 0);
  private static final LocalDateTime TS = FROM.plusSeconds(1);
  private static final LocalDateTime TO = FROM.plusSeconds(2);
  private static final Schema OUTPUT =
      Schema.of(
          Field.of("state", DataType.STRING),
          Field.of("zip_cd_cnt", DataType.INT64),
          Field.of("unique_first_name_cnt", DataType.INT64),
          Field.of("total_net_worth", DataType.INT64),
          Field.of("process_ts", DataType.TIMESTAMP));
  private static final VolumeManifest MANIFEST =
      new VolumeManifest(
          "volume",
          new VolumeSpec(30, 1, 0, 1),
          List.of(),
          List.of(
              new StateExpectation("Ohio", 10, 7, 3, 500),
              new StateExpectation("Utah", 20, 9, 4, 900)));

  private static List<Object> ohio() {
    return new ArrayList<>(Arrays.asList("Ohio", 7L, 3L, 500L, TS));
  }

  private static List<Object> utah() {
    return new ArrayList<>(Arrays.asList("Utah", 9L, 4L, 900L, TS));
  }

  private static List<String> check(List<List<Object>> rows) {
    return VolumeCheck.differences(Frame.ofRows(OUTPUT, rows), MANIFEST, FROM, TO);
  }

  @Test
  @DisplayName("an output equal to the manifest has no differences, in any row order")
  void equal() {
    assertThat(check(List.of(utah(), ohio()))).isEmpty();
  }

  @Test
  @DisplayName("a wrong count or sum is named with its state and both values")
  void wrongValues() {
    List<Object> ohio = ohio();
    ohio.set(1, 8L);
    List<Object> utah = utah();
    utah.set(3, 901L);
    assertThat(check(List.of(ohio, utah)))
        .containsExactly(
            "Ohio: zip_cd_cnt is 8, expected 7", "Utah: total_net_worth is 901, expected 900");
  }

  @Test
  @DisplayName("missing, extra and repeated states are reported")
  void states() {
    List<Object> texas = utah();
    texas.set(0, "Texas");
    assertThat(check(List.of(ohio(), ohio(), texas)))
        .containsExactly(
            "state Ohio appears more than once (row 1)",
            "row 2: state Texas is not in the manifest",
            "state Utah is missing from the output");
  }

  @Test
  @DisplayName("process_ts must be non-null, the same in every row and inside the window")
  void processTs() {
    List<Object> late = utah();
    late.set(4, TO.plusNanos(1_000));
    assertThat(check(List.of(ohio(), late)))
        .containsExactly(
            "row 1: process_ts 2024-04-16T12:00:02.000001 differs from row 0's "
                + "2024-04-16T12:00:01");
    List<Object> early = ohio();
    early.set(4, FROM.minusSeconds(1));
    List<Object> alsoEarly = utah();
    alsoEarly.set(4, FROM.minusSeconds(1));
    assertThat(check(List.of(early, alsoEarly))).singleElement().asString().contains("outside");
    List<Object> missing = utah();
    missing.set(4, null);
    assertThat(check(List.of(ohio(), missing))).contains("row 1: process_ts is null");
  }

  @Test
  @DisplayName("a missing column or a column of another type stops the comparison")
  void columns() {
    Schema wrong =
        Schema.of(
            Field.of("state", DataType.STRING),
            Field.of("zip_cd_cnt", DataType.INT32),
            Field.of("total_net_worth", DataType.INT64),
            Field.of("process_ts", DataType.TIMESTAMP));
    Frame frame = Frame.ofRows(wrong, List.of(List.of("Ohio", 7, 500L, TS)));
    assertThat(VolumeCheck.differences(frame, MANIFEST, FROM, TO))
        .containsExactly(
            "column zip_cd_cnt: INT64 has type INT32",
            "column unique_first_name_cnt is missing; columns: "
                + "[state: STRING, zip_cd_cnt: INT32, total_net_worth: INT64, process_ts: TIMESTAMP]");
  }
}
