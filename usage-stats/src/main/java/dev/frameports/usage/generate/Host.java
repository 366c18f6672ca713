package dev.frameports.usage.generate;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One generated execute host: a single device type, its GPUs and how its slots look.
 *
 * @param machine the fully qualified name, the {@code Machine} column
 * @param device the one device type of every GPU of the host
 * @param memoryMb the reported {@code GPUs_GlobalMemoryMb}; null when the ad lacks it
 * @param gpuIds {@code GPU-} plus 8 lowercase hex digits, unique across the cluster
 * @param ownership open, researcher-owned or CHTC-owned
 * @param prioritizedProjects the primary slots' PrioritizedProjects ({@code ""} open, null missing)
 * @param primaryLoad the target fraction of GPUs busy with primary jobs, 0..1
 * @param interactive true when every GPU is its own static {@code interactive<i>@} slot
 * @param backfillSlot the backfill slot's name such as {@code backfill2}, null without backfill
 * @param backfillProjects the backfill slots' PrioritizedProjects: often the host's, sometimes
 *     {@code ""} on researcher machines (the real-data quirk of usage-stats-spec.md §3.5)
 * @param maskReason the reason written to {@code masked_hosts.yaml}, null when not masked
 */
public record Host(
    String machine,
    GpuDevice device,
    @Nullable Long memoryMb,
    List<String> gpuIds,
    HostOwnership ownership,
    @Nullable String prioritizedProjects,
    double primaryLoad,
    boolean interactive,
    @Nullable String backfillSlot,
    @Nullable String backfillProjects,
    @Nullable String maskReason) {
  private static final Pattern GPU_ID = Pattern.compile("GPU-[0-9a-f]{8}");

  public Host {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(ownership, "ownership");
    gpuIds = List.copyOf(gpuIds);
    if (gpuIds.isEmpty()) {
      throw new IllegalArgumentException(machine + ": a host needs at least one GPU");
    }
    for (String id : gpuIds) {
      if (!GPU_ID.matcher(id).matches()) {
        throw new IllegalArgumentException(machine + ": GPU id '" + id + "' is not GPU-xxxxxxxx");
      }
    }
    if (primaryLoad < 0 || primaryLoad >= 1) {
      throw new IllegalArgumentException(machine + ": primary load must be in [0, 1)");
    }
    if (interactive && backfillSlot != null) {
      throw new IllegalArgumentException(machine + ": interactive hosts have no backfill slot");
    }
  }

  /** The host name before the first dot, e.g. {@code gpulab2003}. */
  public String shortName() {
    int dot = machine.indexOf('.');
    return dot < 0 ? machine : machine.substring(0, dot);
  }

  /** True when the host offers its GPUs through a backfill slot too. */
  public boolean hasBackfill() {
    return backfillSlot != null;
  }

  /** The number of GPUs. */
  public int gpuCount() {
    return gpuIds.size();
  }
}
