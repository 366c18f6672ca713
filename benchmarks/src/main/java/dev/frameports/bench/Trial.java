package dev.frameports.bench;

/**
 * The setup every benchmark trial shares: open the subject on the data set, run the operation once
 * and check the answer against the oracle, then reset the memory peaks so they cover the measured
 * iterations only.
 */
final class Trial {
  private Trial() {}

  /**
   * The subject, ready to be timed.
   *
   * @throws OracleMismatchException when its answer differs from the legacy oracle's
   */
  static Subject setUp(String backend, String dataSet, Operation op) {
    BenchDataSet data = BenchData.open(dataSet);
    boolean inMemory = op != Operation.LOAD && op != Operation.REPORT;
    Subject subject;
    try {
      subject = Subject.open(backend, data, inMemory);
    } catch (OutOfMemoryError e) {
      noOracleIfLegacy(backend, data, op, e);
      throw e;
    }
    try {
      Answer actual = subject.answer(op, subject.run(op));
      boolean checked =
          Oracle.check(
              subject.name(), data, op, actual, op.columnNames(), () -> legacy(data, op, inMemory));
      OracleStatus.set(checked, ProcessMemory.resetPeaks());
      return subject;
    } catch (RuntimeException | Error e) {
      subject.close();
      if (e instanceof OutOfMemoryError oom) {
        noOracleIfLegacy(backend, data, op, oom);
      }
      throw e;
    }
  }

  /**
   * When the oracle itself runs out of heap, says so beside the data, so the backends' forks do not
   * each try (and fail) to compute the same answer in process.
   */
  private static void noOracleIfLegacy(
      String backend, BenchDataSet data, Operation op, OutOfMemoryError e) {
    if (Subject.LEGACY.equals(backend)) {
      Oracle.markUnavailable(
          data, op.resultName(data), "legacy: OutOfMemoryError: " + e.getMessage());
    }
  }

  private static Answer legacy(BenchDataSet data, Operation op, boolean inMemory) {
    try (Subject oracle = Subject.open(Subject.LEGACY, data, inMemory)) {
      return oracle.answer(op, oracle.run(op));
    }
  }
}
