package dev.frameports.usage.equivalence;

import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.HostExclusions;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One input of the equivalence suite: the rows (for the statistic-by-statistic comparisons on
 * in-memory frames) and the folder they were written to as monthly SQLite files with {@code
 * chtc_owned} beside them (for the whole-report comparisons, which load through each side's own
 * loader).
 *
 * @param name shown in test names, e.g. {@code tiny seed 2}
 * @param dbPath the most recent monthly file of the folder (what {@code --db-path} would name)
 * @param rows every row written, in write order
 * @param chtcOwned the CHTC-owned hosts, also written to the folder's {@code chtc_owned}
 * @param exclusions the host exclusions of the folder's {@code masked_hosts.yaml}, if any
 * @param hoursBack a lookback that covers all rows from the latest one
 * @param midWindowEnd an end time inside the data, for a partial-window request
 * @param hostProbe a {@code --host} regex that keeps some rows and drops others
 * @param depth how many checks run on it
 */
record Dataset(
    String name,
    Path dbPath,
    List<GpuStateRow> rows,
    ChtcOwnedHosts chtcOwned,
    HostExclusions exclusions,
    int hoursBack,
    LocalDateTime midWindowEnd,
    String hostProbe,
    Depth depth) {

  /** How thoroughly a dataset is checked, from everything down to the core statistics. */
  enum Depth {
    /** Every check, the row-level filter comparisons included (the hand-made fixtures). */
    ROWS,
    /** Every statistic and its variants (host filter, other bucket widths, all devices). */
    VARIANTS,
    /** Every statistic once, without variants. */
    CORE,
    /** A larger dataset: only what the other comparisons do not already cover at scale. */
    LARGE
  }

  Dataset {
    rows = List.copyOf(rows);
  }

  /** The larger generated datasets, on which only a subset of requests runs (suite speed). */
  boolean large() {
    return depth == Depth.LARGE;
  }

  @Override
  public String toString() {
    return name;
  }
}
