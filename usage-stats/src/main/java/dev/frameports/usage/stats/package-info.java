/**
 * The GPU usage statistics of usage-stats-spec.md §3 written once as lazy plans on the frameports
 * API, run by whichever {@link dev.frameports.frame.spi.Backend} the caller passes. Set-based: a
 * bucket column, rank dedup as a stable sort plus keyed {@code unique}, grouped distinct counts;
 * Java only post-processes small collected aggregates into the model records of {@code
 * dev.frameports.usage}. Entry point: {@link dev.frameports.usage.stats.UsageAnalysis}.
 */
@NullMarked
package dev.frameports.usage.stats;

import org.jspecify.annotations.NullMarked;
