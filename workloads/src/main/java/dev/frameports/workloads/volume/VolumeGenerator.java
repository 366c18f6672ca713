package dev.frameports.workloads.volume;

import dev.frameports.frame.SourceException;
import dev.frameports.workloads.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates the volume test's input: {@code data0.csv .. data{files-1}.csv} of synthetic people
 * (header {@code
 * first_name,last_name,gender,weight,height,address_txt,zip_cd,city,state,net_worth}, CRLF, no
 * quoting), then {@code manifest.json} with the exact expected job result. Distributions follow
 * upstream's mimesis calls (see {@code seed-workloads.md}, seed 000 §2); the words are synthetic
 * ({@link VolumeVocabulary}).
 *
 * <p>Cost: about 80 bytes of disk per row; memory is one 64 kB buffer per worker plus one oracle
 * (about 650 kB of bit sets) per FILE: each finished file's oracle is kept by its future until all
 * files are done and merged, so 50 files hold about 33 MB. Files are written in parallel, one task
 * per file; every file's bytes depend only on {@code (seed, index)}, so the output is identical for
 * any {@code workers}.
 *
 * <p>Failure leaves no data file of this run and no manifest in the folder: each file is renamed
 * into place only when complete, an old manifest is removed first, and files already renamed are
 * deleted when another fails.
 */
public final class VolumeGenerator {
  private static final Pattern DATA_FILE = Pattern.compile("data.*\\.csv");

  private VolumeGenerator() {}

  /**
   * Writes the files and the manifest into {@code outDir} (created if missing); {@code progress} is
   * told the number of files finished out of {@code spec.files()}, from the worker threads.
   *
   * @throws SourceException naming the folder or file when writing fails, or when the folder
   *     already holds other {@code data*.csv} files that the job's glob would also read
   */
  public static VolumeManifest generate(VolumeSpec spec, Path outDir, Progress progress) {
    prepare(spec, outDir);
    int threads = Math.min(spec.workers(), spec.files());
    ExecutorService pool = Executors.newFixedThreadPool(threads, VolumeGenerator::daemon);
    List<Future<VolumeFileWriter.Result>> futures = new ArrayList<>();
    AtomicLong done = new AtomicLong();
    try {
      for (int i = 0; i < spec.files(); i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  VolumeFileWriter.Result result = VolumeFileWriter.write(spec, index, outDir);
                  progress.advance(done.incrementAndGet(), spec.files());
                  return result;
                }));
      }
      List<VolumeDataFile> files = new ArrayList<>();
      VolumeOracle oracle = new VolumeOracle();
      for (Future<VolumeFileWriter.Result> future : futures) {
        VolumeFileWriter.Result result = future.get();
        files.add(result.file());
        oracle.merge(result.oracle());
      }
      VolumeManifest manifest =
          new VolumeManifest(VolumeManifest.WORKLOAD, spec, files, oracle.expectations());
      manifest.write(outDir);
      return manifest;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw cleanUp(
          spec, outDir, pool, new SourceException("generation into " + outDir + " interrupted", e));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      RuntimeException failure =
          cause instanceof RuntimeException re
              ? re
              : new SourceException("cannot generate into " + outDir + ": " + cause, cause);
      throw cleanUp(spec, outDir, pool, failure);
    } catch (RuntimeException e) {
      throw cleanUp(spec, outDir, pool, e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Creates the folder, refuses foreign {@code data*.csv} files, then removes an old manifest: in
   * that order, so that a refused run leaves a valid dataset's oracle in place.
   */
  private static void prepare(VolumeSpec spec, Path outDir) {
    try {
      Files.createDirectories(outDir);
      try (Stream<Path> list = Files.list(outDir)) {
        List<String> foreign =
            list.map(p -> p.getFileName().toString())
                .filter(n -> DATA_FILE.matcher(n).matches() && !isOwn(n, spec.files()))
                .sorted()
                .toList();
        if (!foreign.isEmpty()) {
          throw new SourceException(
              "output folder "
                  + outDir
                  + " already holds "
                  + foreign
                  + ", which this run would not overwrite but the job would read: remove them or"
                  + " use an empty folder");
        }
      }
      Files.deleteIfExists(outDir.resolve(VolumeManifest.FILE_NAME));
    } catch (IOException e) {
      throw new SourceException("cannot prepare output folder " + outDir + ": " + e, e);
    }
  }

  private static boolean isOwn(String name, int files) {
    for (int i = 0; i < files; i++) {
      if (name.equals("data" + i + ".csv")) {
        return true;
      }
    }
    return false;
  }

  private static RuntimeException cleanUp(
      VolumeSpec spec, Path outDir, ExecutorService pool, RuntimeException failure) {
    pool.shutdownNow();
    try {
      // wait for the workers so that no file is renamed into place after the deletion below
      while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
        // a worker stuck in I/O; keep waiting, the files must not outlive a failed run
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (int i = 0; i < spec.files(); i++) {
      try {
        Files.deleteIfExists(outDir.resolve("data" + i + ".csv"));
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
    return failure;
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "volume-generator");
    thread.setDaemon(true);
    return thread;
  }
}
