package dev.frameports.usage.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The hosts and users of a generated cluster. GPU ids are unique across hosts and machine names are
 * unique; both are checked. Immutable.
 *
 * <p>{@link #full(long)} is the production-scale cluster of usage-stats-spec.md §8 (about 70 hosts
 * and 400 GPUs), {@link #small(long)} a handful of hosts that still cover every ownership and slot
 * kind; {@link #builder(long)} composes custom layouts for tests.
 */
public record ClusterLayout(List<Host> hosts, UserPool users) {
  public ClusterLayout {
    hosts = List.copyOf(hosts);
    Set<String> machines = new HashSet<>();
    Set<String> gpus = new HashSet<>();
    for (Host host : hosts) {
      if (!machines.add(host.machine())) {
        throw new IllegalArgumentException("duplicate machine " + host.machine());
      }
      for (String id : host.gpuIds()) {
        if (!gpus.add(id)) {
          throw new IllegalArgumentException("duplicate GPU id " + id + " on " + host.machine());
        }
      }
    }
  }

  /** The production-scale layout for {@code seed}. */
  public static ClusterLayout full(long seed) {
    return StandardLayouts.full(seed);
  }

  /** The small layout (about ten hosts, 30 GPUs) for {@code seed}. */
  public static ClusterLayout small(long seed) {
    return StandardLayouts.small(seed);
  }

  /** A builder whose GPU ids and users derive from {@code seed}. */
  public static Builder builder(long seed) {
    return new Builder(seed);
  }

  /** The number of GPUs over all hosts. */
  public int gpuCount() {
    return hosts.stream().mapToInt(Host::gpuCount).sum();
  }

  /** The CHTC-owned machines, in host order. */
  public List<String> chtcOwnedMachines() {
    return hosts.stream()
        .filter(h -> h.ownership() == HostOwnership.CHTC)
        .map(Host::machine)
        .toList();
  }

  /**
   * Adds hosts one by one; the modifier methods ({@link #backfill}, {@link #projects}, ...) change
   * the host added last. Not thread-safe.
   */
  public static final class Builder {
    private final long seed;
    private final SplittableRandom random;
    private final Set<String> usedIds = new HashSet<>();
    private final List<Draft> drafts = new ArrayList<>();
    private int userCount = 50;

    private Builder(long seed) {
      this.seed = seed;
      this.random = Seeds.stream(seed, Seeds.LAYOUT, 0);
    }

    /**
     * Adds a host with fresh GPU ids. Open hosts get PrioritizedProjects {@code ""} and load 0.75;
     * researcher and CHTC hosts get {@code projects} and load 0.35 (§8).
     */
    public Builder host(
        String machine, GpuDevice device, int gpus, HostOwnership ownership, String projects) {
      if (gpus < 1 || gpus > 16) {
        throw new IllegalArgumentException(machine + ": GPU count must be 1..16, got " + gpus);
      }
      List<String> ids = new ArrayList<>();
      while (ids.size() < gpus) {
        String id = String.format(Locale.ROOT, "GPU-%08x", random.nextInt() & 0xFFFFFFFFL);
        if (usedIds.add(id)) {
          ids.add(id);
        }
      }
      Draft d = new Draft(machine, device, ids, ownership);
      d.projects = ownership == HostOwnership.OPEN ? "" : projects;
      d.load = ownership == HostOwnership.OPEN ? 0.75 : 0.35;
      drafts.add(d);
      return this;
    }

    /** Adds an open-capacity host. */
    public Builder open(String machine, GpuDevice device, int gpus) {
      return host(machine, device, gpus, HostOwnership.OPEN, "");
    }

    /** Gives the last host a backfill slot whose rows carry {@code projects}. */
    public Builder backfill(String slot, @Nullable String projects) {
      Draft d = last();
      d.backfillSlot = slot;
      d.backfillProjects = projects;
      return this;
    }

    /** Gives the last host a backfill slot whose rows carry the host's own projects. */
    public Builder backfill(String slot) {
      return backfill(slot, last().projects);
    }

    /** Sets the last host's PrioritizedProjects (null: the attribute is missing). */
    public Builder projects(@Nullable String projects) {
      last().projects = projects;
      return this;
    }

    /** Sets the last host's reported memory (null: missing; 0 is allowed). */
    public Builder memory(@Nullable Long memoryMb) {
      last().memoryMb = memoryMb;
      last().memorySet = true;
      return this;
    }

    /** Sets the last host's target primary load, 0..1. */
    public Builder load(double load) {
      last().load = load;
      return this;
    }

    /** Makes the last host's GPUs static {@code interactive<i>@} slots. */
    public Builder interactive() {
      last().interactive = true;
      return this;
    }

    /** Lists the last host in {@code masked_hosts.yaml} with {@code reason}. */
    public Builder masked(String reason) {
      last().maskReason = reason;
      return this;
    }

    /** The number of distinct job owners (default 50). */
    public Builder users(int count) {
      this.userCount = count;
      return this;
    }

    /** The layout; users derive from the seed independently of the hosts. */
    public ClusterLayout build() {
      List<Host> hosts = drafts.stream().map(Draft::toHost).toList();
      return new ClusterLayout(
          hosts, UserPool.generate(Seeds.stream(seed, Seeds.USERS, 0), userCount));
    }

    private Draft last() {
      if (drafts.isEmpty()) {
        throw new IllegalStateException("add a host first");
      }
      return drafts.get(drafts.size() - 1);
    }
  }

  private static final class Draft {
    final String machine;
    final GpuDevice device;
    final List<String> ids;
    final HostOwnership ownership;
    @Nullable String projects;
    double load;
    @Nullable Long memoryMb;
    boolean memorySet;
    boolean interactive;
    @Nullable String backfillSlot;
    @Nullable String backfillProjects;
    @Nullable String maskReason;

    Draft(String machine, GpuDevice device, List<String> ids, HostOwnership ownership) {
      this.machine = machine;
      this.device = device;
      this.ids = ids;
      this.ownership = ownership;
    }

    Host toHost() {
      Long memory = memorySet ? memoryMb : Long.valueOf(device.memoryMb());
      return new Host(
          machine,
          device,
          memory,
          ids,
          ownership,
          projects,
          load,
          interactive,
          backfillSlot,
          backfillProjects,
          maskReason);
    }
  }
}
