package dev.frameports.bench;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code measurements} in the results JSON (the contract in results-format.md). Field
 * names are the JSON names. Time fields are null when failed.
 */
public record Measurement(
    String suite,
    String name,
    String backend,
    String dataSet,
    String status,
    @Nullable String failure,
    String unit,
    @Nullable Double median,
    @Nullable Double mean,
    @Nullable Double error,
    @Nullable List<Double> samples,
    @Nullable Double rssHwmMb,
    @Nullable Double heapPeakMb,
    long jvmMaxHeapMb,
    boolean checkedAgainstOracle) {

  /** Status of a measurement that ran, was checked as requested and has times. */
  public static final String OK = "ok";

  /** Status of a measurement with no valid time: its fork failed, or it did not run. */
  public static final String FAILED = "failed";

  /** A failed measurement with its one-line reason. */
  static Measurement failed(
      Measured c, String reason, long maxHeapMb, boolean checked, @Nullable Double rss) {
    return new Measurement(
        c.suite(),
        c.name(),
        c.backend(),
        c.dataSetName(),
        FAILED,
        reason,
        "ms/op",
        null,
        null,
        null,
        null,
        rss,
        null,
        maxHeapMb,
        checked);
  }
}
