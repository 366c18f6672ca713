package dev.frameports.usage.report;

import dev.frameports.usage.GpuClass;
import dev.frameports.usage.UserSlotUsage;
import dev.frameports.usage.UserUsage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One slot type of the per-user GPU-hours tables (H200, backfill): its users' hours, and the grand
 * total of the whole table, which every percentage of the table is a share of.
 *
 * @param slotType the class
 * @param hours the class's GPU-hours over all users
 * @param users the class's users, by hours descending
 * @param grandTotal GPU-hours of all users in all classes of the table
 */
record SlotTypeHours(GpuClass slotType, double hours, List<UserHours> users, double grandTotal) {

  /** One user's hours in one slot type. */
  record UserHours(String user, double hours) {}

  /** This class's share of the table, in percent. */
  double percent() {
    return share(hours);
  }

  /** {@code hours} as a share of the table, in percent. */
  double share(double someHours) {
    return grandTotal > 0 ? 100 * someHours / grandTotal : 0;
  }

  /**
   * The slot types of a user table, by hours descending; ties keep class order. Users within a type
   * are by hours descending; ties keep the table's user order (Python's stable sort).
   */
  static List<SlotTypeHours> of(Map<String, UserUsage> users) {
    double grand = users.values().stream().mapToDouble(UserUsage::totalGpuHours).sum();
    Map<GpuClass, List<UserHours>> byType = new EnumMap<>(GpuClass.class);
    Map<GpuClass, Double> typeHours = new LinkedHashMap<>();
    users.forEach(
        (user, usage) -> {
          for (Map.Entry<GpuClass, UserSlotUsage> e : usage.slotBreakdown().entrySet()) {
            byType
                .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                .add(new UserHours(user, e.getValue().gpuHours()));
            typeHours.merge(e.getKey(), e.getValue().gpuHours(), Double::sum);
          }
        });
    List<SlotTypeHours> result = new ArrayList<>();
    byType.forEach(
        (type, list) -> {
          list.sort(Comparator.comparingDouble(UserHours::hours).reversed());
          result.add(new SlotTypeHours(type, typeHours.get(type), List.copyOf(list), grand));
        });
    result.sort(Comparator.comparingDouble(SlotTypeHours::hours).reversed());
    return result;
  }
}
