/**
 * The legacy oracle: the baseline pandas GPU statistics of usage-stats-spec.md §3, ported
 * loop-for-loop onto Joinery data frames. Deliberately the old way — clear, literal and slow — so
 * that every faster implementation can be checked against it. GPL-3.0, because Joinery is.
 *
 * <p>Every function takes a {@link dev.frameports.usage.legacy.LegacyContext} (CHTC-owned hosts,
 * host exclusions, the filtered-hosts record) instead of the upstream module globals, and a frame
 * in the layout of {@link dev.frameports.usage.legacy.LegacyFrames}.
 */
@NullMarked
package dev.frameports.usage.legacy;

import org.jspecify.annotations.NullMarked;
