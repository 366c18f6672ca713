package dev.frameports.bench;

/**
 * What the trial's setup found, for {@link RssProfiler} to report from the same JVM: whether the
 * answer was compared with the oracle, and whether the RSS peak could be reset after the setup.
 */
final class OracleStatus {
  private static volatile boolean checked;
  private static volatile boolean peakReset;

  private OracleStatus() {}

  static void set(boolean wasChecked, boolean wasReset) {
    checked = wasChecked;
    peakReset = wasReset;
  }

  static boolean checked() {
    return checked;
  }

  static boolean peakReset() {
    return peakReset;
  }
}
