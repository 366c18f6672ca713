package dev.frameports.usage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's GPU-hours in the H200 or backfill breakdown (§3.11): the total, and per slot type with
 * hours above zero, in class order.
 */
public record UserUsage(double totalGpuHours, Map<GpuClass, UserSlotUsage> slotBreakdown) {
  public UserUsage {
    slotBreakdown = Collections.unmodifiableMap(new LinkedHashMap<>(slotBreakdown));
  }

  /**
   * The per-user table from GPU-hours per user and slot type (§3.11): users in the order of {@code
   * hours}; a user whose total over {@code types} is not above 0 is left out; per user only the
   * types with hours above 0, in {@code types} order, each with its percentage of the user's total.
   * Shared by the port and the oracle: it only arranges numbers both computed.
   */
  public static Map<String, UserUsage> byUser(
      Map<String, Map<GpuClass, Double>> hours, List<GpuClass> types) {
    Map<String, UserUsage> result = new LinkedHashMap<>();
    hours.forEach(
        (user, byType) -> {
          double userTotal = 0;
          for (GpuClass type : types) {
            userTotal += byType.getOrDefault(type, 0.0);
          }
          if (userTotal <= 0) {
            return;
          }
          Map<GpuClass, UserSlotUsage> slots = new LinkedHashMap<>();
          for (GpuClass type : types) {
            double h = byType.getOrDefault(type, 0.0);
            if (h > 0) {
              slots.put(type, new UserSlotUsage(h, 100 * h / userTotal));
            }
          }
          result.put(user, new UserUsage(userTotal, slots));
        });
    return result;
  }
}
