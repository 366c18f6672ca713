package dev.frameports.workloads.volume;

import java.util.Objects;

/**
 * The exact expected output row of one state, computed while the data were generated.
 *
 * @param state the state's full name, the group key
 * @param rows the state's input rows (the job's {@code len()}, not written to its output)
 * @param zipCount distinct zip codes, the output's {@code zip_cd_cnt}
 * @param firstNameCount distinct first names, the output's {@code unique_first_name_cnt}
 * @param netWorthSum sum of net worth, the output's {@code total_net_worth}
 */
public record StateExpectation(
    String state, long rows, long zipCount, long firstNameCount, long netWorthSum) {
  public StateExpectation {
    Objects.requireNonNull(state, "state");
  }
}
