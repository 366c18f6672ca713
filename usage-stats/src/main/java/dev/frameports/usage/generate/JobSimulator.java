package dev.frameports.usage.generate;

import dev.frameports.usage.GpuStateRow;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Simulates the jobs of one host, one 5-minute step at a time (usage-stats-spec.md §8). Primary
 * jobs take 1–4 GPUs for hours (log-normal, median 2.5 h) so that a GPU busy fraction settles near
 * the host's {@link Host#primaryLoad()}; backfill jobs run on GPUs idle in primary, keep about 87 %
 * of them busy and are evicted when a primary job takes their GPU (a quarter of them linger for one
 * more snapshot, which gives the primary-Claimed plus backfill-Claimed duplicate). Rare host
 * "spells" show idle GPUs as {@code Drained} or {@code Owner}, and a new job's first snapshot is
 * sometimes {@code Matched}.
 *
 * <p>The job trajectory uses one random stream per host and the per-snapshot noise (usage values,
 * dirty rows) another, so missing snapshots and the dirty flag never change which jobs run. Starts
 * with {@value #WARM_UP_STEPS} silent warm-up steps so the first snapshot is in steady state. Not
 * thread-safe: one thread at a time advances a simulator, in step order.
 */
public final class JobSimulator {
  /** Steps simulated before step 0 (one day). */
  public static final int WARM_UP_STEPS = 288;

  static final String DRAINED = "Drained";
  static final String OWNER = "Owner";
  static final String MATCHED = "Matched";

  private static final ZoneOffset QDATE_OFFSET = ZoneOffset.ofHours(-6);
  private static final double BACKFILL_LOAD = 0.87;
  private static final double LINGER = 0.25;
  private static final double DRAIN_RATE = 1.2e-4;
  private static final double OWNER_RATE = 8e-4;
  private static final double MATCHED_FIRST = 0.1;
  private static final String[] SCHEDDS = {"ap2001.chtc.wisc.edu", "ap2002.chtc.wisc.edu"};

  private final Host host;
  private final int hostIndex;
  private final UserPool users;
  private final LocalDateTime stepZero;
  private final SplittableRandom random;
  private final SnapshotRows rows;
  private final SimulatedJob[] primaryByGpu;
  private final SimulatedJob[] backfillByGpu;
  private final List<SimulatedJob> primaryJobs = new ArrayList<>();
  private final List<SimulatedJob> backfillJobs = new ArrayList<>();
  private final BitSet primaryIds = new BitSet();
  private final BitSet backfillIds = new BitSet();
  private final double primaryStart;
  private final double backfillStart;
  private final int flipGpu;
  private String spell = "";
  private int spellEnd;
  private int step = -WARM_UP_STEPS;

  /**
   * A simulator for {@code host}, the {@code hostIndex}-th of its layout; step 0 is nominally at
   * {@code stepZero}. With {@code dirty}, one GPU of the first open host flips between Claimed and
   * Unclaimed every snapshot and rows get rare NULLs (see {@link SnapshotRows}).
   */
  public JobSimulator(
      Host host,
      int hostIndex,
      UserPool users,
      long seed,
      LocalDateTime stepZero,
      boolean dirty,
      boolean flipper) {
    this.host = host;
    this.hostIndex = hostIndex;
    this.users = users;
    this.stepZero = stepZero;
    this.random = Seeds.stream(seed, Seeds.HOST, hostIndex);
    this.rows = new SnapshotRows(host, Seeds.stream(seed, Seeds.NOISE, hostIndex), dirty);
    this.primaryByGpu = new SimulatedJob[host.gpuCount()];
    this.backfillByGpu = new SimulatedJob[host.gpuCount()];
    this.flipGpu = dirty && flipper ? host.gpuCount() - 1 : -1;
    JobKind kind = host.interactive() ? JobKind.INTERACTIVE : JobKind.PRIMARY;
    this.primaryStart = kind.startProbability(host.primaryLoad());
    this.backfillStart = JobKind.BACKFILL.startProbability(BACKFILL_LOAD);
    while (step < 0) {
      advance();
    }
  }

  /** The host simulated. */
  public Host host() {
    return host;
  }

  /** Simulates the next step and returns its rows, all stamped {@code timestamp}. */
  public List<GpuStateRow> next(LocalDateTime timestamp) {
    int s = step;
    advance();
    return rows.emit(s, timestamp, primaryByGpu, primaryJobs, backfillByGpu, backfillJobs, spell);
  }

  /** Simulates the next step without emitting rows: a snapshot the collector missed. */
  public void skip() {
    advance();
  }

  private void advance() {
    int s = step++;
    endJobs(s);
    if (!spell.isEmpty() && s >= spellEnd) {
      spell = "";
    }
    if (spell.isEmpty()) {
      double r = random.nextDouble();
      if (r < DRAIN_RATE) {
        spell = DRAINED;
        spellEnd = s + random.nextInt(12, 73);
      } else if (r < DRAIN_RATE + OWNER_RATE) {
        spell = OWNER;
        spellEnd = s + random.nextInt(1, 7);
      }
    }
    if (spell.isEmpty()) {
      for (int g = 0; g < primaryByGpu.length; g++) {
        if (primaryByGpu[g] == null && g != flipGpu && random.nextDouble() < primaryStart) {
          startPrimary(g, s, host.interactive() ? JobKind.INTERACTIVE : JobKind.PRIMARY);
        }
      }
    }
    if (flipGpu >= 0 && (s & 1) == 0 && primaryByGpu[flipGpu] == null) {
      startPrimary(flipGpu, s, JobKind.FLIP);
    }
    if (host.hasBackfill() && !DRAINED.equals(spell)) {
      for (int g = 0; g < backfillByGpu.length; g++) {
        if (primaryByGpu[g] == null
            && backfillByGpu[g] == null
            && random.nextDouble() < backfillStart) {
          startBackfill(g, s);
        }
      }
    }
  }

  private void endJobs(int s) {
    for (SimulatedJob job : List.copyOf(primaryJobs)) {
      if (job.endStep <= s) {
        primaryJobs.remove(job);
        primaryIds.clear(job.slotId);
        for (int g : job.gpus) {
          primaryByGpu[g] = null;
        }
      }
    }
    for (SimulatedJob job : List.copyOf(backfillJobs)) {
      if (job.endStep <= s) {
        removeBackfill(job);
      }
    }
  }

  private void removeBackfill(SimulatedJob job) {
    backfillJobs.remove(job);
    backfillIds.clear(job.slotId);
    for (int g : job.gpus) {
      if (backfillByGpu[g] == job) {
        backfillByGpu[g] = null;
      }
    }
  }

  private void startPrimary(int first, int s, JobKind kind) {
    int[] gpus = pickGpus(first, kind.gpuCount(random), g -> primaryByGpu[g] == null);
    int slotId = host.interactive() ? first + 1 : primaryIds.nextClearBit(1);
    String name =
        host.interactive()
            ? "interactive" + (first + 1) + "@" + host.machine()
            : "slot1_" + slotId + "@" + host.machine();
    SimulatedJob job = newJob(slotId, gpus, name, s, kind, users.primaryOwner(random));
    if (!host.interactive()) {
      primaryIds.set(slotId);
    }
    primaryJobs.add(job);
    primaryJobs.sort(Comparator.comparingInt(j -> j.slotId));
    for (int g : gpus) {
      primaryByGpu[g] = job;
      SimulatedJob backfill = backfillByGpu[g];
      if (backfill != null && backfill.endStep > s + 1) {
        if (random.nextDouble() < LINGER) {
          backfill.endStep = s + 1;
        } else {
          removeBackfill(backfill);
        }
      }
    }
  }

  private void startBackfill(int first, int s) {
    int[] gpus =
        pickGpus(
            first,
            JobKind.BACKFILL.gpuCount(random),
            g -> primaryByGpu[g] == null && backfillByGpu[g] == null);
    int slotId = backfillIds.nextClearBit(1);
    String name = host.backfillSlot() + "_" + slotId + "@" + host.machine();
    SimulatedJob job = newJob(slotId, gpus, name, s, JobKind.BACKFILL, users.backfillOwner(random));
    backfillIds.set(slotId);
    backfillJobs.add(job);
    backfillJobs.sort(Comparator.comparingInt(j -> j.slotId));
    for (int g : gpus) {
      backfillByGpu[g] = job;
    }
  }

  private SimulatedJob newJob(
      int slotId, int[] gpus, String name, int s, JobKind kind, String drawnOwner) {
    double r = random.nextDouble();
    @Nullable String owner = r < 0.003 ? null : r < 0.005 ? "" : drawnOwner;
    LocalDateTime start = stepZero.plusMinutes(5L * s);
    long qdate = start.toEpochSecond(QDATE_OFFSET) - random.nextInt(0, 7200);
    String schedd = SCHEDDS[Math.floorMod(drawnOwner.hashCode(), SCHEDDS.length)];
    long cluster = 12_000_000L + (long) (s + WARM_UP_STEPS) * 1000 + hostIndex % 1000;
    int proc =
        (int) primaryJobs.stream().filter(j -> j.startStep == s).count()
            + (int) backfillJobs.stream().filter(j -> j.startStep == s).count();
    String jobId = schedd + "#" + cluster + "." + proc + "#" + qdate;
    double u = random.nextDouble();
    double base =
        u < 0.2
            ? 0.15 * random.nextDouble()
            : u < 0.35 ? 0.15 + 0.35 * random.nextDouble() : 0.5 + 0.5 * random.nextDouble();
    boolean matched = kind != JobKind.FLIP && random.nextDouble() < MATCHED_FIRST;
    int end = s + kind.duration(random);
    return new SimulatedJob(
        slotId,
        gpus,
        name,
        SnapshotRows.underscored(host, gpus),
        owner,
        jobId,
        base,
        s,
        end,
        matched);
  }

  /** {@code first} plus up to {@code count - 1} other GPUs that {@code free} accepts, at random. */
  private int[] pickGpus(int first, int count, java.util.function.IntPredicate free) {
    List<Integer> others = new ArrayList<>();
    for (int g = 0; g < primaryByGpu.length; g++) {
      if (g != first && g != flipGpu && free.test(g)) {
        others.add(g);
      }
    }
    int n = Math.min(count, others.size() + 1);
    int[] gpus = new int[n];
    gpus[0] = first;
    for (int i = 1; i < n; i++) {
      gpus[i] = others.remove(random.nextInt(others.size()));
    }
    java.util.Arrays.sort(gpus);
    return gpus;
  }
}
