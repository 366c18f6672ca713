package dev.frameports.bench;

import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;

/**
 * One measurement the suite runs as its own JMH run: a benchmark method with its parameters, in
 * fresh forks. The GPU statistics' {@link Combination}s and the ETL workloads' {@link
 * EtlCombination}s are both.
 */
sealed interface Measured permits Combination, EtlCombination {
  /** "operation", "report" or "etl", as in the results JSON. */
  String suite();

  /** The measurement name, e.g. {@code sort2}, {@code report7d}, {@code volume}. */
  String name();

  /** legacy or a frameports backend. */
  String backend();

  /** The data set's name in the results. */
  String dataSetName();

  /** The JMH benchmark's fully qualified name. */
  String benchmark();

  /** The JMH {@code @Param} values of this measurement. */
  Map<String, String> params();

  /** How JMH times it. */
  Mode mode();

  /** The {@code -Xmx} of its forks, or empty for the depth's. */
  List<String> extraJvmFlags();

  /** What {@code --only} is matched against: {@code name/backend/dataSet}. */
  default String key() {
    return name() + "/" + backend() + "/" + dataSetName();
  }

  /** True when the results already hold this measurement (a resumed run skips it). */
  default boolean isMeasurement(Measurement m) {
    return m.suite().equals(suite())
        && m.name().equals(name())
        && m.backend().equals(backend())
        && m.dataSet().equals(dataSetName());
  }
}
