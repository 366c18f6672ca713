package dev.frameports.workloads.daily;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import dev.frameports.workloads.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/** Small test data: 20,000 rows in 4 files over 31 days, generated through a real engine. */
final class DailyFixtures {
  static final TransactionSpec SPEC =
      new TransactionSpec(20_000, 4, 42L, LocalDate.of(2024, 1, 1), 31, 1_000);

  private DailyFixtures() {}

  /** Generates {@code spec} into {@code dir} with a fresh writer backend, closed afterwards. */
  static TransactionManifest generate(TransactionSpec spec, Path dir, String writer, int workers) {
    try (Backend backend = Backends.load(writer, Map.of())) {
      return TransactionGenerator.generate(spec, dir, backend, workers, Progress.NONE);
    }
  }
}
