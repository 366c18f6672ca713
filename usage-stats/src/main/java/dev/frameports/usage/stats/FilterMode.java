package dev.frameports.usage.stats;

/** Which upstream filter function a class rule follows (usage-stats-spec.md §3.4, §3.5). */
enum FilterMode {
  /** {@code filter_df}: Priority, Shared, Backfill; any other class passes through. */
  LEGACY,
  /** {@code filter_df_enhanced}: the six report classes plus legacy Priority and Shared. */
  ENHANCED
}
