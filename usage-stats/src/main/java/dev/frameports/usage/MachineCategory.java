package dev.frameports.usage;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Machine ownership categories (usage-stats-spec.md §3.6). */
public enum MachineCategory {
  CHTC_OWNED("CHTC Owned"),
  RESEARCHER_OWNED("Researcher Owned"),
  OPEN_CAPACITY("Open Capacity");

  private final String label;

  MachineCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * {@code classify_machine_category}: in the CHTC-owned set; else a PP that is non-blank after
   * stripping is researcher-owned; else open capacity (null PP counts as empty).
   */
  public static MachineCategory classify(
      @Nullable String machine, @Nullable String prioritizedProjects, Set<String> chtcOwned) {
    if (machine != null && chtcOwned.contains(machine)) {
      return CHTC_OWNED;
    }
    if (prioritizedProjects != null && !prioritizedProjects.strip().isEmpty()) {
      return RESEARCHER_OWNED;
    }
    return OPEN_CAPACITY;
  }
}
