package dev.frameports.usage;

/** Claimed and total GPUs of one legacy class in one time-series bucket (§3.12). */
public record ClassCounts(long claimed, long total, double usagePercent) {}
