package dev.frameports.usage.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting as Python's {@code f"{x:.1f}"} does it: round half-even on the exact binary
 * value of the double, so 0.25 prints "0.2", 0.35 prints "0.3" (its binary value is below .35) and
 * 41.25 prints "41.2". Java's {@code String.format("%.1f")} rounds half-up on the decimal
 * representation and differs on those values (usage-stats-spec.md §4.1).
 */
public final class PythonNumbers {
  private PythonNumbers() {}

  /** {@code x} with one decimal, e.g. {@code 42.9}. */
  public static String oneDecimal(double x) {
    return fixed(x, 1);
  }

  /** {@code x} with {@code decimals} decimals, as Python's {@code :.Nf}. */
  public static String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    String text = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    // Python keeps the sign of a negative value that rounds to zero ("-0.0"); BigDecimal drops it.
    if (x < 0 || (x == 0 && 1 / x < 0)) {
      return text.startsWith("-") ? text : "-" + text;
    }
    return text;
  }

  /** A percentage with one decimal and the percent sign, e.g. {@code 42.9%}. */
  public static String percent(double x) {
    return oneDecimal(x) + "%";
  }
}
