package dev.frameports.usage.cli;

/** The {@code --output-format} values. */
enum OutputFormat {
  /** The text report of usage-stats-spec.md §4.2. */
  TEXT,
  /** The HTML report of §4.3, escaped. */
  HTML,
  /** The upstream result structure, unrounded, for machines. */
  JSON
}
