package dev.frameports.workloads.postgres;

/** What a loader reports to {@link TableLoader}: rows committed and the timed span in ns. */
record Loaded(long rows, long nanos) {}
