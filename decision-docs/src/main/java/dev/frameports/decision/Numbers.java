package dev.frameports.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Number formatting and small statistics for the document; Locale.ROOT so output is stable. */
final class Numbers {
  private Numbers() {}

  /** A saving as a signed whole percentage: 0.305 → "30%", −0.1 → "−10%". */
  static String percent(double saving) {
    if (Double.isInfinite(saving)) {
      return saving > 0 ? "baseline failed" : "backend failed";
    }
    long rounded = Math.round(saving * 100);
    return (rounded < 0 ? "−" + (-rounded) : Long.toString(rounded)) + "%";
  }

  /** A measured value with three significant digits and no exponent: 1234.5 → "1235". */
  static String value(double v) {
    double abs = Math.abs(v);
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** A speed-up factor: 2.345 → "2.35×". */
  static String factor(double f) {
    return String.format(Locale.ROOT, "%.2f×", f);
  }

  /** Bytes as GiB with one decimal. */
  static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
  }

  /** The median (mean of the middle two for an even count); NaN for an empty list. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    if (n % 2 == 1) {
      return sorted.get(n / 2);
    }
    double low = sorted.get(n / 2 - 1);
    double high = sorted.get(n / 2);
    if (Double.isInfinite(low) || Double.isInfinite(high)) {
      // −∞ and +∞ in the middle: the lower one is the honest answer for a threshold test
      return Math.min(low, high);
    }
    return (low + high) / 2;
  }
}
