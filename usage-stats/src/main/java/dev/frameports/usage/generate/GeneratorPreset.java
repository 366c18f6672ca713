package dev.frameports.usage.generate;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Ready-made generations. The day, week and month windows cross the November/December 2025
 * boundary, so they produce two monthly files; the month one holds all of November (what the
 * monthly summary reads) and ends two days into December.
 */
public enum GeneratorPreset {
  /** The small layout for 2 hours: about 1,300 rows. */
  TINY(false, LocalDateTime.of(2025, 12, 2, 15, 0), Duration.ofHours(2), false),
  /** The full layout for 24 hours across midnight into December: about 160K rows. */
  DAY(true, LocalDateTime.of(2025, 11, 30, 12, 0), Duration.ofDays(1), false),
  /** The full layout for 7 days ending 3 December: about 1.1M rows. */
  WEEK(true, LocalDateTime.of(2025, 11, 26, 0, 0), Duration.ofDays(7), false),
  /** The full layout from 1 November for 32 days: about 5M rows. */
  MONTH(true, LocalDateTime.of(2025, 11, 1, 0, 0), Duration.ofDays(32), false),
  /**
   * The small layout for 4 hours across the month boundary with dirty rows: NULL AssignedGPUs,
   * PrioritizedProjects and device, empty GPU ids, a GPU flipping Claimed/Unclaimed every snapshot
   * and a 45-minute collector outage.
   */
  DIRTY(false, LocalDateTime.of(2025, 11, 30, 22, 0), Duration.ofHours(4), true);

  private final boolean fullLayout;
  private final LocalDateTime start;
  private final Duration span;
  private final boolean dirty;

  GeneratorPreset(boolean fullLayout, LocalDateTime start, Duration span, boolean dirty) {
    this.fullLayout = fullLayout;
    this.start = start;
    this.span = span;
    this.dirty = dirty;
  }

  /** The layout of this preset for {@code seed}. */
  public ClusterLayout layout(long seed) {
    return fullLayout ? ClusterLayout.full(seed) : ClusterLayout.small(seed);
  }

  /** True for the production-scale presets, which show a progress bar by default. */
  public boolean large() {
    return fullLayout;
  }

  /** The nominal time of the first snapshot. */
  public LocalDateTime start() {
    return start;
  }

  /** The length of the window. */
  public Duration span() {
    return span;
  }

  /** True when the preset adds the edge rows of usage-stats-spec.md §8. */
  public boolean dirty() {
    return dirty;
  }
}
