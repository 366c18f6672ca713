/**
 * The equivalence suite: every statistic of the report, computed by the port ({@code
 * dev.frameports.usage.stats}) on every backend, compared with the legacy oracle on the same data.
 */
@NullMarked
package dev.frameports.usage.equivalence;

import org.jspecify.annotations.NullMarked;
