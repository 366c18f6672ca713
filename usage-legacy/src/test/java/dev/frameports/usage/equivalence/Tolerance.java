package dev.frameports.usage.equivalence;

/** The one float tolerance of the equivalence suite. */
final class Tolerance {
  /**
   * Two doubles agree when {@code |a - b| <= RELATIVE * max(1, |a|, |b|)}.
   *
   * <p>Why relative 1e-9: the oracle and the port compute the same sums and quotients, but not in
   * the same order (the oracle loops bucket by bucket in Java; a backend may sum in SQL or in
   * parallel partitions), so results may differ by a few ulps per operation. The largest values are
   * GPU-hours of a monthly summary (up to ~1e5), where an absolute 1e-9 would be tighter than the
   * accumulated rounding of a few thousand additions (~1e-16 relative each); a relative bound of
   * 1e-9 leaves room for that and is still six orders of magnitude below the 0.1 printed by the
   * report. Below 1 it is the house absolute tolerance of 1e-9 (FrameAssert).
   */
  static final double RELATIVE = 1e-9;

  private Tolerance() {}

  static boolean close(double expected, double actual) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return Double.isNaN(expected) && Double.isNaN(actual);
    }
    double scale = Math.max(1.0, Math.max(Math.abs(expected), Math.abs(actual)));
    return Math.abs(expected - actual) <= RELATIVE * scale;
  }
}
