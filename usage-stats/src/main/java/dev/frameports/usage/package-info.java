/**
 * The GPU usage-statistics domain (usage-stats-spec.md): classes, columns, categories, host files
 * and result records shared by the port and the legacy oracle.
 */
@NullMarked
package dev.frameports.usage;

import org.jspecify.annotations.NullMarked;
