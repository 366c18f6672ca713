/**
 * Where the monthly {@code gpu_state_YYYY-MM.db} files are and what they hold at a glance: the file
 * lookup rules of usage-stats-spec.md §3.13, over plain JDBC. Loading rows into frames is not done
 * here.
 */
@NullMarked
package dev.frameports.usage.store;

import org.jspecify.annotations.NullMarked;
