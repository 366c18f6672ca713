package dev.frameports.usage.generate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * When the collector ran: one nominal time every 5 minutes from the start, each taken a random 0–40
 * seconds and microseconds later (the query's latency), so a 15-minute bucket usually holds 3
 * snapshots. About 1 in 250 runs is missing; in dirty mode a 45-minute outage a quarter into the
 * window leaves empty buckets too. Immutable.
 */
public final class SnapshotSchedule {
  /** The cadence of the collector. */
  public static final Duration STEP = Duration.ofMinutes(5);

  private static final double MISSING = 0.004;
  private static final int OUTAGE_STEPS = 9;

  private final LocalDateTime start;
  private final @Nullable LocalDateTime[] times;

  private SnapshotSchedule(LocalDateTime start, @Nullable LocalDateTime[] times) {
    this.start = start;
    this.times = times;
  }

  /** The schedule of {@code span} from {@code start} for {@code seed}. */
  public static SnapshotSchedule generate(
      long seed, LocalDateTime start, Duration span, boolean dirty) {
    long steps = span.dividedBy(STEP);
    if (steps < 1 || steps > 1_000_000) {
      throw new IllegalArgumentException("span must hold 1 to 1,000,000 5-minute steps: " + span);
    }
    SplittableRandom random = Seeds.stream(seed, Seeds.CLOCK, 0);
    @Nullable LocalDateTime[] times = new LocalDateTime[(int) steps];
    int outageFrom = dirty && steps >= 4 * OUTAGE_STEPS ? (int) steps / 4 : -1;
    for (int i = 0; i < steps; i++) {
      long micros = random.nextLong(40_000_000L);
      boolean missing = random.nextDouble() < MISSING;
      boolean outage = outageFrom >= 0 && i >= outageFrom && i < outageFrom + OUTAGE_STEPS;
      // the first snapshot is always there, so a window never starts with a gap
      if (i == 0 || !(missing || outage)) {
        times[i] = start.plus(STEP.multipliedBy(i)).plusNanos(micros * 1000);
      }
    }
    return new SnapshotSchedule(start, times);
  }

  /** The nominal time of step 0. */
  public LocalDateTime start() {
    return start;
  }

  /** The number of 5-minute steps, taken or missed. */
  public int steps() {
    return times.length;
  }

  /** The timestamp of step {@code i}, or null when the collector missed it. */
  public @Nullable LocalDateTime timestamp(int i) {
    return times[i];
  }

  /** The number of snapshots taken. */
  public int snapshots() {
    return (int) Arrays.stream(times).filter(t -> t != null).count();
  }
}
