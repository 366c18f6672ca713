package dev.frameports.usage.generate;

import dev.frameports.frame.source.AtomicFiles;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Generates synthetic {@code gpu_state} data (usage-stats-spec.md §8) from a preset, optionally
 * changed with the {@code with*} methods (each returns a new, immutable generator).
 *
 * <pre>{@code
 * GenerationResult r = GpuStateGenerator.of(GeneratorPreset.DAY).withSeed(7).writeTo(dir);
 * }</pre>
 *
 * <p>{@link #writeTo} writes {@code gpu_state_YYYY-MM.db} per month touched, {@code chtc_owned},
 * {@code masked_hosts.yaml} and {@value GenerationResult#MANIFEST}. The same settings give the same
 * bytes whatever {@link #withThreads thread count}. Large presets print a progress bar to standard
 * error unless {@link #quiet()}.
 */
public final class GpuStateGenerator {
  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 20251202L;

  private final GeneratorPreset preset;
  private final long seed;
  private final LocalDateTime start;
  private final Duration span;
  private final @Nullable ClusterLayout layout;
  private final boolean dirty;
  private final int threads;
  private final @Nullable PrintStream progress;
  private final TimestampStyle style;

  private GpuStateGenerator(
      GeneratorPreset preset,
      long seed,
      LocalDateTime start,
      Duration span,
      @Nullable ClusterLayout layout,
      boolean dirty,
      int threads,
      @Nullable PrintStream progress,
      TimestampStyle style) {
    this.preset = preset;
    this.seed = seed;
    this.start = start;
    this.span = span;
    this.layout = layout;
    this.dirty = dirty;
    this.threads = threads;
    this.progress = progress;
    this.style = style;
  }

  /** The preset with its window, the default seed and all available processors. */
  public static GpuStateGenerator of(GeneratorPreset preset) {
    return new GpuStateGenerator(
        preset,
        DEFAULT_SEED,
        preset.start(),
        preset.span(),
        null,
        preset.dirty(),
        Runtime.getRuntime().availableProcessors(),
        preset.large() ? System.err : null,
        TimestampStyle.MICROS);
  }

  public GpuStateGenerator withSeed(long newSeed) {
    return new GpuStateGenerator(
        preset, newSeed, start, span, layout, dirty, threads, progress, style);
  }

  /** Moves the window to start at {@code newStart} (the nominal time of the first snapshot). */
  public GpuStateGenerator withStart(LocalDateTime newStart) {
    return new GpuStateGenerator(
        preset,
        seed,
        Objects.requireNonNull(newStart),
        span,
        layout,
        dirty,
        threads,
        progress,
        style);
  }

  /** Changes the window's length (whole 5-minute steps). */
  public GpuStateGenerator withSpan(Duration newSpan) {
    return new GpuStateGenerator(
        preset,
        seed,
        start,
        Objects.requireNonNull(newSpan),
        layout,
        dirty,
        threads,
        progress,
        style);
  }

  /** Uses {@code newLayout} instead of the preset's. */
  public GpuStateGenerator withLayout(ClusterLayout newLayout) {
    return new GpuStateGenerator(
        preset,
        seed,
        start,
        span,
        Objects.requireNonNull(newLayout),
        dirty,
        threads,
        progress,
        style);
  }

  /** Adds or removes the dirty edge rows. */
  public GpuStateGenerator withDirty(boolean newDirty) {
    return new GpuStateGenerator(
        preset, seed, start, span, layout, newDirty, threads, progress, style);
  }

  /** The number of worker threads simulating hosts; the output does not depend on it. */
  public GpuStateGenerator withThreads(int newThreads) {
    if (newThreads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + newThreads);
    }
    return new GpuStateGenerator(
        preset, seed, start, span, layout, dirty, newThreads, progress, style);
  }

  /** Prints the progress bar to {@code out}. */
  public GpuStateGenerator withProgress(PrintStream out) {
    return new GpuStateGenerator(
        preset, seed, start, span, layout, dirty, threads, Objects.requireNonNull(out), style);
  }

  /** No progress bar. */
  public GpuStateGenerator quiet() {
    return new GpuStateGenerator(preset, seed, start, span, layout, dirty, threads, null, style);
  }

  /** Stores timestamps in {@code newStyle} (e.g. without fraction, for a separate test DB). */
  public GpuStateGenerator withTimestampStyle(TimestampStyle newStyle) {
    return new GpuStateGenerator(
        preset,
        seed,
        start,
        span,
        layout,
        dirty,
        threads,
        progress,
        Objects.requireNonNull(newStyle));
  }

  /** The layout generated (or given). */
  public ClusterLayout layout() {
    return layout != null ? layout : preset.layout(seed);
  }

  /** The collector's schedule. */
  public SnapshotSchedule schedule() {
    return SnapshotSchedule.generate(seed, start, span, dirty);
  }

  /** Every snapshot in memory; for small windows. */
  public List<Snapshot> snapshots() {
    return new SnapshotGenerator(layout(), schedule(), seed, dirty).generateAll();
  }

  /** Writes the data, side files and manifest into {@code directory} and says what it wrote. */
  public GenerationResult writeTo(Path directory) {
    long startNanos = System.nanoTime();
    ClusterLayout hosts = layout();
    SnapshotSchedule schedule = schedule();
    ProgressBar bar = new ProgressBar(progress, preset.name(), schedule.snapshots());
    long[] counts = new long[2];
    List<GeneratedFile> files;
    try (GpuStateDatabaseWriter writer = GpuStateDatabaseWriter.open(directory, style)) {
      new SnapshotGenerator(hosts, schedule, seed, dirty)
          .generate(
              threads,
              snapshot -> {
                writer.write(snapshot);
                counts[0]++;
                counts[1] += snapshot.rows().size();
                bar.update(counts[0], counts[1]);
              });
      files = writer.finish();
    }
    bar.finish(counts[0], counts[1]);
    HostFilesWriter.HostFiles side = HostFilesWriter.write(hosts, directory);
    GenerationResult result =
        new GenerationResult(
            preset.name(),
            seed,
            dirty,
            hosts.hosts().size(),
            hosts.gpuCount(),
            files.get(0).firstTimestamp(),
            files.get(files.size() - 1).lastTimestamp(),
            (int) counts[0],
            schedule.steps() - schedule.snapshots(),
            counts[1],
            files,
            side.chtcOwned(),
            side.maskedHosts(),
            Duration.ofNanos(System.nanoTime() - startNanos));
    AtomicFiles.write(
        directory.resolve(GenerationResult.MANIFEST),
        tmp -> Files.writeString(tmp, result.manifestText(), StandardCharsets.UTF_8));
    return result;
  }

  /**
   * Command line: {@code <tiny|day|week|month|dirty> <directory> [--seed N] [--threads N] [--quiet]
   * [--dirty] [--seconds]}. Prints the manifest and the elapsed time.
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println(
          "usage: GpuStateGenerator <tiny|day|week|month|dirty> <directory>"
              + " [--seed N] [--threads N] [--quiet] [--dirty] [--seconds]");
      System.exit(2);
    }
    GpuStateGenerator g = of(GeneratorPreset.valueOf(args[0].toUpperCase(java.util.Locale.ROOT)));
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> g = g.withSeed(Long.parseLong(args[++i]));
        case "--threads" -> g = g.withThreads(Integer.parseInt(args[++i]));
        case "--quiet" -> g = g.quiet();
        case "--dirty" -> g = g.withDirty(true);
        case "--seconds" -> g = g.withTimestampStyle(TimestampStyle.SECONDS);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    GenerationResult r = g.writeTo(Path.of(args[1]));
    System.out.print(r.manifestText());
    System.out.printf(
        java.util.Locale.ROOT,
        "elapsed_seconds=%.1f%ntotal_megabytes=%.1f%n",
        r.elapsed().toMillis() / 1000.0,
        r.bytes() / 1e6);
  }
}
