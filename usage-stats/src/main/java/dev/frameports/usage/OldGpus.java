package dev.frameports.usage;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The old/uncommon GPU filter (usage-stats-spec.md §3.1): a substring test, kept exactly. */
public final class OldGpus {
  /** {@code ["GTX 1080", "P100", "Quadro", "A30", "A40"]}; "A40" must not match "L40". */
  public static final List<String> OLD = List.of("GTX 1080", "P100", "Quadro", "A30", "A40");

  private OldGpus() {}

  /** The device-level test: case-sensitive substring; a null device is not old. */
  public static boolean isOld(@Nullable String deviceName) {
    return deviceName != null && OLD.stream().anyMatch(deviceName::contains);
  }

  /**
   * The backfill-user test: case-insensitive; for real device names it agrees with {@link #isOld}.
   */
  public static boolean isOldIgnoreCase(@Nullable String deviceName) {
    if (deviceName == null) {
      return false;
    }
    String lower = deviceName.toLowerCase(Locale.ROOT);
    return OLD.stream().anyMatch(o -> lower.contains(o.toLowerCase(Locale.ROOT)));
  }
}
