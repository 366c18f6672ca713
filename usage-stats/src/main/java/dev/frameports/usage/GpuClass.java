package dev.frameports.usage;

import java.util.List;

/**
 * The utilisation classes of the report (usage-stats-spec.md §3.1), in {@code CLASS_ORDER}, plus
 * the three legacy classes of {@code UTILIZATION_TYPES}. {@link #key()} is the upstream string used
 * in JSON output; {@link #displayName()} the text of the reports.
 */
public enum GpuClass {
  PRIORITY_RESEARCHER_OWNED("Priority-ResearcherOwned", "Prioritized (Researcher Owned)"),
  PRIORITY_CHTC_OWNED("Priority-CHTCOwned", "Prioritized (CHTC Owned)"),
  SHARED("Shared", "Open Capacity"),
  BACKFILL_RESEARCHER_OWNED("Backfill-ResearcherOwned", "Backfill (Researcher Owned)"),
  BACKFILL_CHTC_OWNED("Backfill-CHTCOwned", "Backfill (CHTC Owned)"),
  BACKFILL_OPEN_CAPACITY("Backfill-OpenCapacity", "Backfill (Open Capacity)"),
  /** Legacy three-class view: prioritized primary slots. */
  PRIORITY("Priority", "Prioritized service"),
  /** Legacy three-class view: every backfill slot. */
  BACKFILL("Backfill", "Backfill");

  /** {@code CLASS_ORDER}: the six report classes in report order. */
  public static final List<GpuClass> CLASS_ORDER =
      List.of(
          PRIORITY_RESEARCHER_OWNED,
          PRIORITY_CHTC_OWNED,
          SHARED,
          BACKFILL_RESEARCHER_OWNED,
          BACKFILL_CHTC_OWNED,
          BACKFILL_OPEN_CAPACITY);

  /**
   * The order in which the enhanced allocation and device functions iterate (§3.8): only map
   * insertion order depends on it.
   */
  public static final List<GpuClass> ENHANCED_ITERATION_ORDER =
      List.of(
          PRIORITY_RESEARCHER_OWNED,
          PRIORITY_CHTC_OWNED,
          SHARED,
          BACKFILL_CHTC_OWNED,
          BACKFILL_RESEARCHER_OWNED,
          BACKFILL_OPEN_CAPACITY);

  /** {@code UTILIZATION_TYPES}: the legacy classes. */
  public static final List<GpuClass> LEGACY = List.of(PRIORITY, SHARED, BACKFILL);

  /** The real (non-backfill) report classes. */
  public static final List<GpuClass> REAL =
      List.of(PRIORITY_RESEARCHER_OWNED, PRIORITY_CHTC_OWNED, SHARED);

  /** {@code BACKFILL_SLOT_TYPES}: the last three entries of {@link #CLASS_ORDER}. */
  public static final List<GpuClass> BACKFILL_SLOT_TYPES =
      List.of(BACKFILL_RESEARCHER_OWNED, BACKFILL_CHTC_OWNED, BACKFILL_OPEN_CAPACITY);

  private final String key;
  private final String displayName;

  GpuClass(String key, String displayName) {
    this.key = key;
    this.displayName = displayName;
  }

  /** The upstream identifier, e.g. {@code Priority-ResearcherOwned}. */
  public String key() {
    return key;
  }

  /** The report text, e.g. {@code Prioritized (Researcher Owned)}. */
  public String displayName() {
    return displayName;
  }

  /** True for the classes made of backfill slots. */
  public boolean isBackfill() {
    return this == BACKFILL || BACKFILL_SLOT_TYPES.contains(this);
  }

  /** The class with this upstream key. */
  public static GpuClass fromKey(String key) {
    for (GpuClass c : values()) {
      if (c.key.equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown GPU class '" + key + "'");
  }
}
