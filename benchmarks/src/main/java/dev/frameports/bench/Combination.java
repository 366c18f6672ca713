package dev.frameports.bench;

import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;

/**
 * One measurement the suite runs: one benchmark method, backend and data set, in its own forks.
 *
 * @param operation what is measured
 * @param backend legacy or a frameports backend
 * @param dataSet the generated data
 */
record Combination(Operation operation, String backend, BenchDataSet dataSet) implements Measured {

  @Override
  public String suite() {
    return operation == Operation.REPORT ? "report" : "operation";
  }

  @Override
  public String name() {
    return operation.resultName(dataSet);
  }

  @Override
  public String dataSetName() {
    return dataSet.name();
  }

  @Override
  public String benchmark() {
    Class<?> type =
        operation == Operation.REPORT ? ReportBenchmarks.class : OperationBenchmarks.class;
    return type.getName() + "." + operation.method();
  }

  @Override
  public Map<String, String> params() {
    return Map.of("backend", backend, "dataSet", dataSet.name());
  }

  @Override
  public Mode mode() {
    return Mode.AverageTime;
  }

  @Override
  public List<String> extraJvmFlags() {
    return List.of();
  }
}
