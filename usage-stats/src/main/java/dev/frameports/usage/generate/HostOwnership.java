package dev.frameports.usage.generate;

/** Who owns a generated host, which decides its PrioritizedProjects and its load. */
public enum HostOwnership {
  /** Open capacity: PrioritizedProjects {@code ""} (or, rarely, missing). */
  OPEN,
  /** Researcher-owned, prioritized: PrioritizedProjects non-empty. */
  RESEARCHER,
  /** Prioritized and listed in {@code chtc_owned}. */
  CHTC
}
