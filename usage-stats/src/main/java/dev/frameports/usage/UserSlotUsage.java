package dev.frameports.usage;

/** One slot type's share of a user's GPU-hours (upstream {@code slot_breakdown} entry). */
public record UserSlotUsage(double gpuHours, double percentage) {}
