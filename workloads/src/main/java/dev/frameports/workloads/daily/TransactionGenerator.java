package dev.frameports.workloads.daily;

import dev.frameports.frame.Frame;
import dev.frameports.frame.FrameException;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Capability;
import dev.frameports.workloads.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Writes the transaction parquet files of a {@link TransactionSpec} through the frameports API, in
 * nested folders ({@code part-0000/transactions-0000.parquet}, one folder per file, so a recursive
 * {@code **}{@code /*.parquet} glob has something to match), then the oracle ({@link
 * TransactionManifest}). The rows are described in {@link TransactionRows}; every distribution is
 * our assumption.
 *
 * <p><b>Threads and memory.</b> {@code workers} threads each generate one whole file into heap
 * frames (chunks of at most {@link TransactionRows#CHUNK_ROWS} rows, concatenated by the plan) and
 * then write it. The writer backend is used by one thread at a time (backends are documented as
 * single-threaded; DuckDB's methods are synchronized, Arrow's are not): the workers overlap the
 * generation in Java with the writing, which the engine parallelises itself. Peak heap is therefore
 * about {@code workers} files of rows, some 220 bytes a row (a 36-character id, a {@code
 * LocalDateTime}, boxed numbers): about 140 MB per worker at the {@code small} size, 340 MB at
 * {@code bench}. The frameports API has no streaming in-memory source, so a file's rows cannot be
 * bounded below one file; choose more files to need less heap.
 *
 * <p><b>Failure.</b> Each file is written atomically by the backend and the manifest last; when
 * anything fails, the files and folders this run created are deleted before the exception (the
 * first failure, unchanged when it is a {@link FrameException}) propagates.
 */
public final class TransactionGenerator {
  private TransactionGenerator() {}

  /** The worker count of {@link #generate(TransactionSpec, Path, Backend, Progress)}: up to two. */
  public static int defaultWorkers() {
    return Math.min(2, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Generates with {@link #defaultWorkers()} workers.
   *
   * @see #generate(TransactionSpec, Path, Backend, int, Progress)
   */
  public static TransactionManifest generate(
      TransactionSpec spec, Path outDir, Backend writer, Progress progress) {
    return generate(spec, outDir, writer, defaultWorkers(), progress);
  }

  /**
   * Writes {@code spec.files()} parquet files under {@code outDir}, then {@value
   * TransactionManifest#EXPECTED_CSV} and {@value TransactionManifest#FILE_NAME}. The output is
   * identical whatever {@code workers} is. The writer is not closed.
   *
   * @param outDir a folder that does not exist yet or is empty
   * @param writer a backend with {@link Capability#PARQUET_SINK}, used by one thread at a time
   * @param workers threads generating rows, at least 1; each holds one file's rows
   * @param progress told {@code (filesDone, files)} after each file, from the worker threads
   * @throws UnsupportedOperationException when the writer cannot write parquet
   * @throws SourceException when {@code outDir} is not empty or cannot be written, naming it
   */
  public static TransactionManifest generate(
      TransactionSpec spec, Path outDir, Backend writer, int workers, Progress progress) {
    if (!writer.capabilities().contains(Capability.PARQUET_SINK)) {
      throw Capability.PARQUET_SINK.unsupported(writer.name());
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }
    requireEmptyOrAbsent(outDir);
    Run run = new Run(spec, outDir, writer, progress);
    try {
      ManifestFile[] files = run.writeAll(workers);
      TransactionManifest manifest =
          new TransactionManifest(
              spec, Arrays.asList(files), run.oracle.expectations(spec.startDate()));
      // the oracle CSV is written before the manifest: if the manifest fails, the CSV must go too
      run.register(outDir.resolve(TransactionManifest.EXPECTED_CSV));
      manifest.write(outDir);
      return manifest;
    } catch (RuntimeException | Error e) {
      run.deleteCreated();
      throw e;
    }
  }

  /** The relative path of file {@code index}, e.g. {@code part-0003/transactions-0003.parquet}. */
  public static String relativePath(int index) {
    return String.format(Locale.ROOT, "part-%04d/transactions-%04d.parquet", index, index);
  }

  private static void requireEmptyOrAbsent(Path outDir) {
    if (!Files.exists(outDir)) {
      return;
    }
    if (!Files.isDirectory(outDir)) {
      throw new SourceException("output folder " + outDir + " is a file");
    }
    try (Stream<Path> entries = Files.list(outDir)) {
      if (entries.findAny().isPresent()) {
        throw new SourceException(
            "output folder " + outDir + " is not empty; generate into a new or empty folder");
      }
    } catch (IOException e) {
      throw new SourceException("cannot list output folder " + outDir + ": " + e, e);
    }
  }

  /** The state of one generation: what it wrote, so that a failure can remove it. */
  private static final class Run {
    final TransactionSpec spec;
    final Path outDir;
    final Backend writer;
    final Progress progress;
    final DailyOracle oracle;
    final ReentrantLock writeLock = new ReentrantLock();
    final List<Path> created = new ArrayList<>();
    long filesDone;

    Run(TransactionSpec spec, Path outDir, Backend writer, Progress progress) {
      this.spec = spec;
      this.outDir = outDir;
      this.writer = writer;
      this.progress = progress;
      this.oracle = new DailyOracle(spec.days());
    }

    ManifestFile[] writeAll(int workers) {
      ManifestFile[] files = new ManifestFile[spec.files()];
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, spec.files()));
      try {
        ExecutorCompletionService<ManifestFile> done = new ExecutorCompletionService<>(pool);
        for (int i = 0; i < spec.files(); i++) {
          int index = i;
          done.submit(() -> writeFile(index));
        }
        for (int i = 0; i < spec.files(); i++) {
          ManifestFile file = done.take().get();
          files[fileIndex(file)] = file;
        }
        return files;
      } catch (ExecutionException e) {
        throw rethrown(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SourceException("generation into " + outDir + " was interrupted", e);
      } finally {
        pool.shutdownNow();
        awaitTermination(pool);
      }
    }

    private ManifestFile writeFile(int index) throws InterruptedException, IOException {
      TransactionRows.Generated rows = TransactionRows.generate(spec, index);
      String relative = relativePath(index);
      Path target = outDir.resolve(relative);
      writeLock.lockInterruptibly();
      try {
        createDirectories(target.getParent());
        LazyFrame plan = null;
        for (Frame chunk : rows.chunks()) {
          LazyFrame next = LazyFrame.scan(writer, Source.of(chunk));
          plan = plan == null ? next : plan.concat(next);
        }
        created.add(target);
        plan.sinkParquet(target);
        oracle.addAll(rows.oracle());
        filesDone++;
        progress.advance(filesDone, spec.files());
      } finally {
        writeLock.unlock();
      }
      return new ManifestFile(
          relative,
          spec.rowsOfFile(index),
          Files.size(target),
          String.format(Locale.ROOT, "%016x", rows.contentHash()));
    }

    private void createDirectories(Path dir) throws IOException {
      // record each folder this run makes, outermost first, so a failure can remove exactly them
      List<Path> missing = new ArrayList<>();
      for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
        missing.add(0, p);
      }
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new SourceException("cannot create output folder " + dir + ": " + e, e);
      }
      created.addAll(missing);
    }

    private int fileIndex(ManifestFile file) {
      String name = file.path();
      return Integer.parseInt(name.substring("part-".length(), "part-".length() + 4));
    }

    /** Records a file written outside the workers (the oracle CSV), for {@link #deleteCreated}. */
    void register(Path file) {
      writeLock.lock();
      try {
        created.add(file);
      } finally {
        writeLock.unlock();
      }
    }

    void deleteCreated() {
      // the pool has terminated (writeAll waits for it); the lock also keeps out a worker that
      // might still be sinking, so no file is renamed into place after its deletion
      writeLock.lock();
      try {
        // files were added after their folders: deleting in reverse empties each folder first
        for (int i = created.size() - 1; i >= 0; i--) {
          try {
            Files.deleteIfExists(created.get(i));
          } catch (IOException ignored) {
            // best effort; the exception that got us here is the one to report
          }
        }
      } finally {
        writeLock.unlock();
      }
    }

    private static RuntimeException rethrown(Throwable cause) {
      if (cause instanceof RuntimeException runtime) {
        return runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      return new SourceException("generation failed: " + cause, cause);
    }

    /**
     * Waits until every worker has stopped, however long a sink takes: a worker still writing after
     * a failure could otherwise leave its file behind the cleanup. An interrupt does not cut the
     * wait short; it is restored afterwards.
     */
    private static void awaitTermination(ExecutorService pool) {
      boolean interrupted = false;
      while (true) {
        try {
          if (pool.awaitTermination(10, TimeUnit.SECONDS)) {
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
