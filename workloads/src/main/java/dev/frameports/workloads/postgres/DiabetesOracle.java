package dev.frameports.workloads.postgres;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exact expected content of a loaded {@code csvdata} table, computed while the CSV was written.
 *
 * @param rows data rows
 * @param distinctRows distinct 9-column rows (upstream: 1 for 10k and 100k, 3 for 1M)
 * @param columnSums per CSV column (header name, in file order): the sum of its values, BMI in
 *     tenths and DiabetesPedigreeFunction in thousandths, so every sum is an exact long;
 *     unmodifiable
 */
public record DiabetesOracle(long rows, long distinctRows, Map<String, Long> columnSums) {
  public DiabetesOracle {
    columnSums = Collections.unmodifiableMap(new LinkedHashMap<>(columnSums));
  }
}
