package dev.frameports.workloads.volume;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The exact expected job result, accumulated row by row while the generator writes: per state the
 * row count, the set of zip codes (a bit per code, 100,000 bits), the set of first-name ids and the
 * {@code long} sum of net worth. Per-file oracles are {@link #merge merged} into the run's. Not
 * thread-safe: one per file, merged by one thread. Memory: about 650 kB.
 */
final class VolumeOracle {
  static final int ZIP_CODES = 100_000;

  private final long[] rows = new long[VolumeVocabulary.STATES.size()];
  private final long[] netWorth = new long[rows.length];
  private final BitSet[] zips = new BitSet[rows.length];
  private final BitSet[] firstNames = new BitSet[rows.length];

  VolumeOracle() {
    for (int s = 0; s < rows.length; s++) {
      zips[s] = new BitSet(ZIP_CODES);
      firstNames[s] = new BitSet(VolumeVocabulary.FIRST_NAMES);
    }
  }

  /** Counts one generated row. */
  void add(int state, int zip, int firstNameId, long rowNetWorth) {
    rows[state]++;
    netWorth[state] += rowNetWorth;
    zips[state].set(zip);
    firstNames[state].set(firstNameId);
  }

  /** Adds another file's oracle to this one. */
  void merge(VolumeOracle other) {
    for (int s = 0; s < rows.length; s++) {
      rows[s] += other.rows[s];
      netWorth[s] = Math.addExact(netWorth[s], other.netWorth[s]);
      zips[s].or(other.zips[s]);
      firstNames[s].or(other.firstNames[s]);
    }
  }

  /** One expectation per state that has rows, sorted by state name (the job's output order). */
  List<StateExpectation> expectations() {
    List<StateExpectation> result = new ArrayList<>();
    for (int s = 0; s < rows.length; s++) {
      if (rows[s] > 0) {
        result.add(
            new StateExpectation(
                VolumeVocabulary.STATES.get(s),
                rows[s],
                zips[s].cardinality(),
                firstNames[s].cardinality(),
                netWorth[s]));
      }
    }
    result.sort(Comparator.comparing(StateExpectation::state));
    return result;
  }
}
