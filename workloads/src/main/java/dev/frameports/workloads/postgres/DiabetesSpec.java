package dev.frameports.workloads.postgres;

/**
 * What {@link DiabetesGenerator} writes: the first {@code rows} rows of the base table expanded as
 * upstream's {@code original.loc[index.repeat(repeat)]}: base row 0 {@code repeat} times, then row
 * 1 {@code repeat} times, and so on.
 *
 * @param rows rows to write, at most {@code 768 * repeat}
 * @param seed the seed of the synthetic base table
 * @param repeat consecutive copies of each base row (upstream: 400,000; tests: e.g. 10)
 */
public record DiabetesSpec(long rows, long seed, int repeat) {
  /** Upstream's factor (its comment says 100,000; the code multiplies by 4). */
  public static final int UPSTREAM_REPEAT = 400_000;

  public DiabetesSpec {
    if (repeat < 1) {
      throw new IllegalArgumentException("repeat must be at least 1, not " + repeat);
    }
    long all = (long) DiabetesBaseTable.ROWS * repeat;
    if (rows < 0 || rows > all) {
      throw new IllegalArgumentException(
          "rows must be 0.." + all + " (768 base rows x " + repeat + "), not " + rows);
    }
  }

  /** The prefix {@code size} of the expansion by {@code repeat}. */
  public static DiabetesSpec of(DiabetesSize size, long seed, int repeat) {
    return new DiabetesSpec(size.rows(repeat), seed, repeat);
  }
}
