package dev.frameports.usage;

import org.jspecify.annotations.Nullable;

/**
 * Memory categories from {@code GPUs_GlobalMemoryMb} (usage-stats-spec.md §3.1), declared in the
 * recommended report order (<48GB, 48GB, 80GB, >80GB, Unknown).
 */
public enum MemoryCategory {
  BELOW_48GB("<48GB"),
  GB_48("48GB"),
  GB_80("80GB"),
  ABOVE_80GB(">80GB"),
  UNKNOWN("Unknown");

  private final String label;

  MemoryCategory(String label) {
    this.label = label;
  }

  /** The upstream label, e.g. {@code <48GB}. */
  public String label() {
    return label;
  }

  /**
   * The category of a memory size: null or ≤0 is Unknown; else with gb = mb/1024: gb &lt; 44 is
   * <48GB, 44–50 is 48GB, 75–85 is 80GB, above 85 is >80GB, and the gap 50–75 falls back to <48GB.
   */
  public static MemoryCategory fromMb(@Nullable Number mb) {
    if (mb == null || Double.isNaN(mb.doubleValue()) || mb.doubleValue() <= 0) {
      return UNKNOWN;
    }
    double gb = mb.doubleValue() / 1024.0;
    if (gb < 44) {
      return BELOW_48GB;
    } else if (gb <= 50) {
      return GB_48;
    } else if (gb >= 75 && gb <= 85) {
      return GB_80;
    } else if (gb > 80) {
      return ABOVE_80GB;
    }
    return BELOW_48GB;
  }

  /** The category with this label. */
  public static MemoryCategory fromLabel(String label) {
    for (MemoryCategory c : values()) {
      if (c.label.equals(label)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown memory category '" + label + "'");
  }
}
