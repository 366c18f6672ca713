package dev.frameports.usage;

/** {@code calculate_unique_cluster_totals_from_raw_data}: bucket averages of union sets (§3.12). */
public record ClusterTotals(double claimed, double total) {}
