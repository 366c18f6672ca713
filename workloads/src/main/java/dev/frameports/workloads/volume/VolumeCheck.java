package dev.frameports.workloads.volume;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a volume job's output with the generator's oracle, exactly: the same states as the
 * manifest (50, or fewer at tiny sizes), per state {@code zip_cd_cnt}, {@code
 * unique_first_name_cnt} and {@code total_net_worth} equal to the manifest's, and {@code
 * process_ts} non-null, the same in every row and inside the run's window. Row order is not
 * compared (upstream had none). Cost: linear in the output's 50 rows.
 */
public final class VolumeCheck {
  private static final List<Field> COLUMNS =
      List.of(
          Field.of("state", DataType.STRING),
          Field.of("zip_cd_cnt", DataType.INT64),
          Field.of("unique_first_name_cnt", DataType.INT64),
          Field.of("total_net_worth", DataType.INT64),
          Field.of("process_ts", DataType.TIMESTAMP));

  private VolumeCheck() {}

  /**
   * Every difference between {@code output} and {@code expected}, one readable sentence each; empty
   * when they agree.
   *
   * @param from the earliest acceptable {@code process_ts} (New York wall clock, taken before the
   *     run; compared at microsecond precision)
   * @param to the latest acceptable {@code process_ts}, taken after the run
   */
  public static List<String> differences(
      Frame output, VolumeManifest expected, LocalDateTime from, LocalDateTime to) {
    List<String> differences = new ArrayList<>();
    for (Field field : COLUMNS) {
      var actual = output.schema().find(field.name());
      if (actual.isEmpty()) {
        differences.add("column " + field.name() + " is missing; columns: " + output.schema());
      } else if (actual.get().type() != field.type()) {
        differences.add("column " + field + " has type " + actual.get().type());
      }
    }
    if (!differences.isEmpty()) {
      return differences; // values cannot be compared without the right columns
    }
    compareStates(output, expected, differences);
    compareProcessTs(output, from, to, differences);
    return differences;
  }

  /**
   * Every state whose row count in {@code aggregate} (a frame of {@link VolumeJob#aggregate}'s
   * columns, with {@value VolumeJob#ROW_COUNT}) differs from the manifest's, one sentence each;
   * empty when they agree. The job's Parquet has no row counts, so this needs the aggregate itself.
   */
  public static List<String> rowCountDifferences(Frame aggregate, VolumeManifest expected) {
    Map<String, Long> want = new LinkedHashMap<>();
    expected.states().forEach(s -> want.put(s.state(), s.rows()));
    Map<String, Long> got = new LinkedHashMap<>();
    for (int row = 0; row < aggregate.height(); row++) {
      got.put(
          String.valueOf(aggregate.get(row, "state")),
          (Long) aggregate.get(row, VolumeJob.ROW_COUNT));
    }
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, Long> state : want.entrySet()) {
      Long rows = got.getOrDefault(state.getKey(), 0L);
      if (!state.getValue().equals(rows)) {
        differences.add(
            state.getKey() + ": the engine read " + rows + " rows, expected " + state.getValue());
      }
    }
    for (Map.Entry<String, Long> state : got.entrySet()) {
      if (!want.containsKey(state.getKey())) {
        differences.add(state.getKey() + ": " + state.getValue() + " rows of a state not expected");
      }
    }
    return differences;
  }

  private static void compareStates(Frame output, VolumeManifest expected, List<String> out) {
    Map<String, StateExpectation> byState = new LinkedHashMap<>();
    expected.states().forEach(s -> byState.put(s.state(), s));
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int row = 0; row < output.height(); row++) {
      String state = (String) output.get(row, "state");
      if (seen.put(String.valueOf(state), row) != null) {
        out.add("state " + state + " appears more than once (row " + row + ")");
        continue;
      }
      StateExpectation want = state == null ? null : byState.get(state);
      if (want == null) {
        out.add("row " + row + ": state " + state + " is not in the manifest");
        continue;
      }
      compare(state, "zip_cd_cnt", want.zipCount(), output.get(row, "zip_cd_cnt"), out);
      compare(
          state,
          "unique_first_name_cnt",
          want.firstNameCount(),
          output.get(row, "unique_first_name_cnt"),
          out);
      compare(
          state, "total_net_worth", want.netWorthSum(), output.get(row, "total_net_worth"), out);
    }
    for (String state : byState.keySet()) {
      if (!seen.containsKey(state)) {
        out.add("state " + state + " is missing from the output");
      }
    }
  }

  private static void compare(
      String state, String column, long expected, Object actual, List<String> out) {
    if (!Objects.equals(actual, expected)) {
      out.add(state + ": " + column + " is " + actual + ", expected " + expected);
    }
  }

  private static void compareProcessTs(
      Frame output, LocalDateTime from, LocalDateTime to, List<String> out) {
    LocalDateTime earliest = from.truncatedTo(ChronoUnit.MICROS);
    Object first = output.height() == 0 ? null : output.get(0, "process_ts");
    for (int row = 0; row < output.height(); row++) {
      Object ts = output.get(row, "process_ts");
      if (ts == null) {
        out.add("row " + row + ": process_ts is null");
      } else if (!ts.equals(first)) {
        out.add("row " + row + ": process_ts " + ts + " differs from row 0's " + first);
      }
    }
    if (first instanceof LocalDateTime ts && (ts.isBefore(earliest) || ts.isAfter(to))) {
      out.add("process_ts " + ts + " is outside the run's window [" + from + ", " + to + "]");
    }
  }
}
