package dev.frameports.usage.generate;

import java.util.SplittableRandom;

/**
 * The kinds of simulated jobs: their duration (log-normal in 5-minute steps, clamped) and how many
 * GPUs they take. The start probability per idle GPU and step follows from the busy-fraction
 * balance {@code load / (1 - load) = p * meanGpus * meanDuration}.
 */
enum JobKind {
  /** Primary-slot jobs: median 2.5 h, 1–4 GPUs (60 % one GPU). */
  PRIMARY(30, 0.8, 2, 288, new double[] {0.60, 0.20, 0.05, 0.15}),
  /** Interactive sessions on static slots: median 1 h, one GPU. */
  INTERACTIVE(12, 0.7, 1, 72, new double[] {1.0}),
  /** Backfill jobs: median 70 min, one or two GPUs. */
  BACKFILL(14, 0.8, 1, 144, new double[] {0.85, 0.15}),
  /** The dirty mode's flipping GPU: one snapshot, one GPU. */
  FLIP(1, 0, 1, 1, new double[] {1.0});

  private final double median;
  private final double sigma;
  private final int min;
  private final int max;
  private final double[] gpuShares;

  JobKind(double median, double sigma, int min, int max, double[] gpuShares) {
    this.median = median;
    this.sigma = sigma;
    this.min = min;
    this.max = max;
    this.gpuShares = gpuShares;
  }

  /** A duration in steps. */
  int duration(SplittableRandom random) {
    double gaussian = gaussian(random);
    long steps = Math.round(median * Math.exp(sigma * gaussian));
    return (int) Math.max(min, Math.min(max, steps));
  }

  /** A GPU count, 1 to {@code gpuShares.length}. */
  int gpuCount(SplittableRandom random) {
    double u = random.nextDouble();
    for (int i = 0; i < gpuShares.length - 1; i++) {
      u -= gpuShares[i];
      if (u < 0) {
        return i + 1;
      }
    }
    return gpuShares.length;
  }

  /** The per-step start probability on an idle GPU that makes {@code load} the busy fraction. */
  double startProbability(double load) {
    double meanDuration = median * Math.exp(sigma * sigma / 2);
    double meanGpus = 0;
    for (int i = 0; i < gpuShares.length; i++) {
      meanGpus += (i + 1) * gpuShares[i];
    }
    return Math.min(1, load / ((1 - load) * meanDuration * meanGpus));
  }

  /**
   * A standard normal value by Box–Muller. Written out rather than {@code Random.nextGaussian} so
   * the stream is fully ours (SplittableRandom has no Gaussian before Java 17's RandomGenerator
   * default, whose algorithm is not pinned).
   */
  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
