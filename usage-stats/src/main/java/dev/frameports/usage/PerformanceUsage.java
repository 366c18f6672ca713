package dev.frameports.usage;

/** {@code calculate_performance_usage} for one legacy class (§3.12). */
public record PerformanceUsage(
    double avgGpuUtilizationPercent, long recordsWithUtilization, long uniqueGpusUsed) {}
