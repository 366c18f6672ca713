package dev.frameports.bench;

import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;

/**
 * One ETL measurement: a workload on one engine over one generated input, single-shot (each
 * iteration one whole job), in forks with the workload's fixed heap.
 */
record EtlCombination(EtlWorkload workload, String backend, EtlDataSet dataSet)
    implements Measured {

  /** The suite name of the ETL measurements in the results JSON. */
  static final String SUITE = "etl";

  @Override
  public String suite() {
    return SUITE;
  }

  @Override
  public String name() {
    return workload.id();
  }

  @Override
  public String dataSetName() {
    return dataSet.name();
  }

  @Override
  public String benchmark() {
    return workload.benchmark();
  }

  @Override
  public Map<String, String> params() {
    return Map.of("workload", workload.id(), "backend", backend, "dataSet", dataSet.size());
  }

  @Override
  public Mode mode() {
    return Mode.SingleShotTime;
  }

  @Override
  public List<String> extraJvmFlags() {
    // the last -Xmx on a command line wins over the depth's
    return List.of("-Xmx" + workload.maxHeap());
  }
}
