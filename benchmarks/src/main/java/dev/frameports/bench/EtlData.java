package dev.frameports.bench;

import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import dev.frameports.workloads.Progress;
import dev.frameports.workloads.daily.TransactionGenerator;
import dev.frameports.workloads.daily.TransactionManifest;
import dev.frameports.workloads.daily.TransactionSize;
import dev.frameports.workloads.daily.TransactionSpec;
import dev.frameports.workloads.volume.VolumeGenerator;
import dev.frameports.workloads.volume.VolumeManifest;
import dev.frameports.workloads.volume.VolumeSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The cache of generated ETL inputs: {@code <root>/etl/<workload>-<size>-<seed>/}, generated once
 * (not measured) and reused across forks and runs. The generators write their manifest last, so a
 * folder without one is an interrupted generation and is generated again.
 */
final class EtlData {
  private EtlData() {}

  /** The data set of this JVM's cache root and seed ({@link BenchData}). */
  static EtlDataSet open(EtlWorkload workload, String size) {
    return ensure(BenchData.root(), workload, size, BenchData.seed());
  }

  /** The data set, generated first when the cache lacks it. */
  static synchronized EtlDataSet ensure(Path root, EtlWorkload workload, String size, long seed) {
    Path dir = root.resolve("etl").resolve(workload.id() + "-" + size + "-" + seed);
    boolean present = Files.isRegularFile(dir.resolve(VolumeManifest.FILE_NAME));
    if (!present) {
      BenchData.deleteTree(dir);
    }
    int workers = Runtime.getRuntime().availableProcessors();
    String sizeName = size.toUpperCase(Locale.ROOT);
    if (workload == EtlWorkload.VOLUME) {
      VolumeManifest m =
          present
              ? VolumeManifest.read(dir)
              : VolumeGenerator.generate(
                  VolumeSize.valueOf(sizeName).spec(seed, workers), dir, Progress.NONE);
      return new EtlDataSet(
          workload, size, seed, dir, m.totalRows(), m.files().size(), m.totalBytes());
    }
    TransactionManifest m;
    if (present) {
      m = TransactionManifest.read(dir);
    } else {
      TransactionSpec spec = TransactionSpec.of(TransactionSize.valueOf(sizeName), seed);
      try (Backend writer = Backends.load("duckdb")) {
        m = TransactionGenerator.generate(spec, dir, writer, workers, Progress.NONE);
      }
    }
    return new EtlDataSet(
        workload, size, seed, dir, m.totalRows(), m.files().size(), m.totalBytes());
  }
}
