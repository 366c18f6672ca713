package dev.frameports.workloads.postgres;

/**
 * What {@link PersonsGenerator} writes: {@code rows} persons with ids {@code 1..rows}, each drawn
 * from its own random stream (a function of {@code seed} and the id only, as upstream's Rust
 * generator), so any prefix of a file is the same whatever the file's length.
 *
 * @param rows number of persons, {@code 0..Integer.MAX_VALUE} (the id column is a SQL integer)
 * @param seed the run's seed
 * @param minAge the smallest age drawn, inclusive
 * @param maxAge the largest age drawn, inclusive
 */
public record PersonsSpec(long rows, long seed, int minAge, int maxAge) {
  /** Upstream's documented range (the README and the Python generator): 22..65 inclusive. */
  public static final int MIN_AGE = 22;

  public static final int MAX_AGE = 65;

  public PersonsSpec {
    if (rows < 0 || rows > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("rows must be 0.." + Integer.MAX_VALUE + ", not " + rows);
    }
    if (minAge < 0 || maxAge < minAge || maxAge > Short.MAX_VALUE) {
      throw new IllegalArgumentException("bad age range " + minAge + ".." + maxAge);
    }
  }

  /** Upstream's Rust generator's range ({@code gen_range(18..65)}): 18..64 inclusive. */
  public static final int RUST_MIN_AGE = 18;

  public static final int RUST_MAX_AGE = 64;

  /** {@code rows} persons aged 22..65 inclusive. */
  public static PersonsSpec of(long rows, long seed) {
    return new PersonsSpec(rows, seed, MIN_AGE, MAX_AGE);
  }

  /** {@code rows} persons aged 18..64 inclusive, as upstream's Rust generator draws them. */
  public static PersonsSpec rust(long rows, long seed) {
    return new PersonsSpec(rows, seed, RUST_MIN_AGE, RUST_MAX_AGE);
  }
}
