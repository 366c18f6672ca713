/**
 * A seeded synthetic generator of {@code gpu_state} data (usage-stats-spec.md §8): a cluster
 * layout, per-host job simulation, 5-minute snapshots, monthly SQLite files and the matching {@code
 * chtc_owned} and {@code masked_hosts.yaml}. The same seed gives the same bytes whatever the thread
 * count. Entry point: {@link dev.frameports.usage.generate.GpuStateGenerator}.
 */
@NullMarked
package dev.frameports.usage.generate;

import org.jspecify.annotations.NullMarked;
