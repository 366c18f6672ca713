package dev.frameports.bench;

/**
 * What one fork benchmarks: the legacy Joinery code or a frameports backend, over one data set.
 * {@link #run} is the timed call; {@link #answer} turns its result into the canonical {@link
 * Answer} for the oracle check, outside the timing.
 */
interface Subject extends AutoCloseable {
  /** The legacy baseline's name, which is also the oracle. */
  String LEGACY = "legacy";

  /** The backend name as in the results ("legacy", "duckdb", ...). */
  String name();

  /** Runs the operation once and returns its result, fully materialised. */
  Object run(Operation op);

  /** The canonical answer of a result of {@link #run}. */
  Answer answer(Operation op, Object result);

  @Override
  void close();

  /**
   * Opens the subject; for the in-memory operations the window is loaded first (not timed).
   *
   * @param loadWindow true when an in-memory operation will run (everything but load and report)
   */
  static Subject open(String backend, BenchDataSet data, boolean loadWindow) {
    return LEGACY.equals(backend)
        ? new LegacySubject(data, loadWindow)
        : new PortSubject(backend, data, loadWindow);
  }
}
