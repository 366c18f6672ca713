package dev.frameports.usage.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The {@code --analysis-type} values of the report command (usage-stats-spec.md §4.4). */
public enum AnalysisType {
  /** Allocation per class: per device and memory category, or a summary without devices. */
  ALLOCATION,
  /** Usage of the three legacy classes per time bucket. */
  TIMESERIES,
  /** The calendar month before the end time. */
  MONTHLY,
  /** One GPU model at one snapshot. */
  GPU_MODEL_SNAPSHOT;

  /** The CLI spelling, e.g. {@code gpu_model_snapshot}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The type with this CLI spelling.
   *
   * @throws IllegalArgumentException listing the accepted values
   */
  public static AnalysisType fromCliName(String text) {
    for (AnalysisType t : values()) {
      if (t.cliName().equals(text)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown analysis type '"
            + text
            + "'; expected one of "
            + Arrays.stream(values()).map(AnalysisType::cliName).collect(Collectors.joining(", ")));
  }
}
