package dev.frameports.decision;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One benchmark x backend x data set result. A failed measurement (status {@code failed}, for
 * example out of heap at a fixed {@code -Xmx}) is a result too: its timing fields are null and
 * {@link #failure} says why in one line.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Measurement(
    String suite,
    String name,
    String backend,
    String dataSet,
    String status,
    @Nullable String failure,
    @Nullable String unit,
    @Nullable Double median,
    @Nullable Double mean,
    @Nullable Double error,
    List<Double> samples,
    @Nullable Double rssHwmMb,
    @Nullable Double heapPeakMb,
    @Nullable Long jvmMaxHeapMb,
    boolean checkedAgainstOracle) {

  /** Absent samples become empty. */
  public Measurement {
    samples = samples == null ? List.of() : List.copyOf(samples);
  }

  /** Status {@code ok} with a median time. */
  public boolean ok() {
    return "ok".equals(status) && median != null;
  }

  /** The median time; only call when {@link #ok()}. */
  public double medianTime() {
    if (median == null) {
      throw new IllegalStateException(this + " has no median");
    }
    return median;
  }

  /** The JMH error (99.9% half-width), 0 when unknown. */
  public double errorOrZero() {
    return error == null || error.isNaN() ? 0.0 : error;
  }
}
