package dev.frameports.decision;

/**
 * The decision drivers: the original migration task's success metrics, each answered per backend
 * with YES or NO against the legacy baseline by {@link DriverEvaluation}.
 */
public enum Driver {
  SPEED("D1", "At least 20% faster on the major operations"),
  MEMORY("D2", "At least 15% less peak memory (VmHWM)"),
  FUNCTIONALITY("D3", "No loss of functionality (equal to the oracle, every report runs)"),
  MIGRATION_PATH("D4", "A clear migration path");

  /** Required time saving for {@link #SPEED}: backend time at most 80% of the baseline's. */
  public static final double SPEED_SAVING = 0.20;

  /** Required peak-RSS saving for {@link #MEMORY}: at most 85% of the baseline's VmHWM. */
  public static final double MEMORY_SAVING = 0.15;

  private final String label;
  private final String title;

  Driver(String label, String title) {
    this.label = label;
    this.title = title;
  }

  /** The short label used in tables, {@code D1}..{@code D4}. */
  public String label() {
    return label;
  }

  /** The driver as a sentence. */
  public String title() {
    return title;
  }

  /** Whether the verdict is measured (D1-D3) rather than a written judgement (D4). */
  public boolean measured() {
    return this != MIGRATION_PATH;
  }
}
