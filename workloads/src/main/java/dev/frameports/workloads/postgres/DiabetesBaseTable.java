package dev.frameports.workloads.postgres;

import dev.frameports.workloads.FileSeeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic stand-in for the 768-row Pima Indians Diabetes table that seed 001
 * downloads (the real file is not vendored): the same columns, types and ranges (Pregnancies 0-17,
 * Glucose 0-199, BloodPressure 0-122, SkinThickness 0-99, Insulin 0-846, BMI 0-67.1, DPF
 * 0.078-2.42, Age 21-81), zeros where the real table has "missing" zeros, and exactly 500 rows of
 * Outcome 0 and 268 of Outcome 1. Drawn from {@code FileSeeds.forFile(seed, 0)}.
 */
public final class DiabetesBaseTable {
  /** Rows of the base table, as upstream's {@code diabetes.csv}. */
  public static final int ROWS = 768;

  private static final int POSITIVE_OUTCOMES = 268;

  private DiabetesBaseTable() {}

  /** The 768 base rows for {@code seed}; unmodifiable. */
  public static List<DiabetesRow> synthetic(long seed) {
    SplittableRandom random = FileSeeds.forFile(seed, 0);
    int[] outcomes = new int[ROWS];
    for (int i = 0; i < POSITIVE_OUTCOMES; i++) {
      outcomes[i] = 1;
    }
    for (int i = ROWS - 1; i > 0; i--) { // Fisher-Yates: 268 ones at seeded places
      int j = random.nextInt(i + 1);
      int swap = outcomes[i];
      outcomes[i] = outcomes[j];
      outcomes[j] = swap;
    }
    List<DiabetesRow> rows = new ArrayList<>(ROWS);
    for (int i = 0; i < ROWS; i++) {
      rows.add(
          new DiabetesRow(
              Math.min(17, (int) (-Math.log(1 - random.nextDouble()) * 3.8)),
              random.nextInt(150) == 0 ? 0 : clamp(normal(random, 121, 31), 44, 199),
              random.nextInt(22) == 0 ? 0 : clamp(normal(random, 72, 12), 24, 122),
              random.nextInt(10) < 3 ? 0 : clamp(normal(random, 29, 10), 7, 99),
              random.nextInt(2) == 0 ? 0 : clamp(Math.exp(normal(random, 4.8, 0.7)), 14, 846),
              random.nextInt(70) == 0 ? 0 : clamp(normal(random, 324, 69), 182, 671),
              clamp(Math.exp(normal(random, -0.8, 0.6)) * 1000, 78, 2420),
              21 + Math.min(60, (int) (-Math.log(1 - random.nextDouble()) * 12)),
              outcomes[i]));
    }
    return List.copyOf(rows);
  }

  /** Box-Muller from two uniform draws: the same numbers on every JDK. */
  private static double normal(SplittableRandom random, double mean, double deviation) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static int clamp(double value, int min, int max) {
    return (int) Math.max(min, Math.min(max, Math.round(value)));
  }
}
