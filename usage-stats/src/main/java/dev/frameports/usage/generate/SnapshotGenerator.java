package dev.frameports.usage.generate;

import dev.frameports.usage.GpuStateRow;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Produces the snapshots of a schedule over a layout, in time order: in each snapshot the rows of
 * every host, in layout order, all with the snapshot's timestamp.
 *
 * <p>Parallel and still deterministic: each host is simulated by its own {@link JobSimulator} with
 * its own random streams; hosts are split over the worker threads in chunks of 6 hours, and the
 * next chunk is simulated while the caller consumes the current one. A host's simulator runs on one
 * thread at a time and in step order, so the rows do not depend on the thread count.
 */
public final class SnapshotGenerator {
  private static final int CHUNK_STEPS = 72;

  private final ClusterLayout layout;
  private final SnapshotSchedule schedule;
  private final long seed;
  private final boolean dirty;

  /** A generator; nothing runs until {@link #generate}. */
  public SnapshotGenerator(
      ClusterLayout layout, SnapshotSchedule schedule, long seed, boolean dirty) {
    this.layout = layout;
    this.schedule = schedule;
    this.seed = seed;
    this.dirty = dirty;
  }

  /** Every snapshot in memory, on the calling thread; for small windows. */
  public List<Snapshot> generateAll() {
    List<Snapshot> all = new ArrayList<>();
    generate(1, all::add);
    return all;
  }

  /**
   * Generates every snapshot and hands each to {@code sink} on the calling thread, in time order.
   *
   * @param threads worker threads simulating hosts (at least 1)
   */
  public void generate(int threads, Consumer<Snapshot> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    List<JobSimulator> simulators = simulators();
    int groups = Math.min(threads, Math.max(1, simulators.size()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            groups,
            r -> {
              Thread t = new Thread(r, "gpu-state-generator");
              t.setDaemon(true);
              return t;
            });
    try {
      CompletableFuture<List<Snapshot>> pending = chunk(pool, simulators, groups, 0);
      for (int from = 0; from < schedule.steps(); from += CHUNK_STEPS) {
        List<Snapshot> done = pending.get();
        if (from + CHUNK_STEPS < schedule.steps()) {
          pending = chunk(pool, simulators, groups, from + CHUNK_STEPS);
        }
        done.forEach(sink);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("generation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("generation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private List<JobSimulator> simulators() {
    List<JobSimulator> simulators = new ArrayList<>();
    int flipper = -1;
    for (int i = 0; i < layout.hosts().size(); i++) {
      Host h = layout.hosts().get(i);
      if (flipper < 0
          && h.ownership() == HostOwnership.OPEN
          && !h.interactive()
          && h.maskReason() == null
          && h.gpuCount() >= 2) {
        flipper = i;
      }
    }
    for (int i = 0; i < layout.hosts().size(); i++) {
      Host h = layout.hosts().get(i);
      simulators.add(
          new JobSimulator(h, i, layout.users(), seed, schedule.start(), dirty, i == flipper));
    }
    return simulators;
  }

  /** Simulates steps {@code [from, from + CHUNK_STEPS)} of every host and assembles snapshots. */
  private CompletableFuture<List<Snapshot>> chunk(
      ExecutorService pool, List<JobSimulator> simulators, int groups, int from) {
    int to = Math.min(schedule.steps(), from + CHUNK_STEPS);
    List<GpuStateRow>[][] rows = newRows(simulators.size(), to - from);
    List<CompletableFuture<Void>> parts = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      int group = g;
      parts.add(
          CompletableFuture.runAsync(
              () -> {
                for (int h = group; h < simulators.size(); h += groups) {
                  simulate(simulators.get(h), from, to, rows[h]);
                }
              },
              pool));
    }
    return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
        .thenApply(ignored -> assemble(rows, from, to));
  }

  private void simulate(JobSimulator simulator, int from, int to, List<GpuStateRow>[] out) {
    for (int s = from; s < to; s++) {
      LocalDateTime timestamp = schedule.timestamp(s);
      if (timestamp == null) {
        simulator.skip();
      } else {
        out[s - from] = simulator.next(timestamp);
      }
    }
  }

  private List<Snapshot> assemble(List<GpuStateRow>[][] rows, int from, int to) {
    List<Snapshot> snapshots = new ArrayList<>(to - from);
    for (int s = from; s < to; s++) {
      LocalDateTime timestamp = schedule.timestamp(s);
      if (timestamp == null) {
        continue;
      }
      int size = 0;
      for (List<GpuStateRow>[] host : rows) {
        size += host[s - from].size();
      }
      List<GpuStateRow> all = new ArrayList<>(size);
      for (List<GpuStateRow>[] host : rows) {
        all.addAll(host[s - from]);
      }
      snapshots.add(new Snapshot(s, timestamp, all));
    }
    return snapshots;
  }

  @SuppressWarnings("unchecked")
  private static List<GpuStateRow>[][] newRows(int hosts, int steps) {
    return new List[hosts][steps];
  }
}
