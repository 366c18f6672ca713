package dev.frameports.usage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user's GPU-hours in the H200 or backfill breakdown (§3.11): the total, and per slot type with
 * hours above zero, in class order.
 */
public record UserUsage(double totalGpuHours, Map<GpuClass, UserSlotUsage> slotBreakdown) {
  public UserUsage {
    slotBreakdown = Collections.unmodifiableMap(new LinkedHashMap<>(slotBreakdown));
  }
}
