package dev.frameports.workloads.postgres;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The exact expected content of a loaded {@code persons} table, computed while the CSV was written.
 *
 * @param rows number of persons
 * @param idSum sum of the ids ({@code rows * (rows + 1) / 2})
 * @param ageSum sum of the ages
 * @param married number of persons with {@code isMarried = true}
 * @param ageHistogram persons per age, ascending, ages without persons left out; unmodifiable
 */
public record PersonsOracle(
    long rows, long idSum, long ageSum, long married, SortedMap<Integer, Long> ageHistogram) {

  public PersonsOracle {
    ageHistogram = Collections.unmodifiableSortedMap(new TreeMap<>(ageHistogram));
  }

  /** The number of persons with {@code age > threshold}: what the QPS query returns. */
  public long countOlderThan(int threshold) {
    long count = 0;
    for (Map.Entry<Integer, Long> bucket : ageHistogram.tailMap(threshold + 1).entrySet()) {
      count += bucket.getValue();
    }
    return count;
  }

  /**
   * The sum of the counts that the queries of {@code spec} return against this table: the checksum
   * of a throughput run.
   */
  public long checksum(QuerySpec spec) {
    long sum = 0;
    for (int threshold : spec.thresholds()) {
      sum += countOlderThan(threshold);
    }
    return sum;
  }
}
