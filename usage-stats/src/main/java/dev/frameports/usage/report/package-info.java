/**
 * Reports of the GPU usage statistics (usage-stats-spec.md §4): the {@link
 * dev.frameports.usage.report.UsageReport} result of one analysis, and its text, HTML, JSON and PNG
 * renderings. Renderers are pure functions of the report (plus a clock for the HTML footer);
 * writers put files in place atomically.
 */
@NullMarked
package dev.frameports.usage.report;

import org.jspecify.annotations.NullMarked;
