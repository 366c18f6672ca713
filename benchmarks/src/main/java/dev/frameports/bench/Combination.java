package dev.frameports.bench;

/**
 * One measurement the suite runs: one benchmark method, backend and data set, in its own forks.
 *
 * @param operation what is measured
 * @param backend legacy or a frameports backend
 * @param dataSet the generated data
 */
record Combination(Operation operation, String backend, BenchDataSet dataSet) {

  /** "operation" or "report", as in the results JSON. */
  String suite() {
    return operation == Operation.REPORT ? "report" : "operation";
  }

  /** The measurement name, e.g. {@code sort2} or {@code report7d}. */
  String name() {
    return operation.resultName(dataSet);
  }

  /** The JMH benchmark's fully qualified name. */
  String benchmark() {
    Class<?> type =
        operation == Operation.REPORT ? ReportBenchmarks.class : OperationBenchmarks.class;
    return type.getName() + "." + operation.method();
  }

  /** What {@code --only} is matched against: {@code name/backend/dataSet}. */
  String key() {
    return name() + "/" + backend + "/" + dataSet.name();
  }
}
