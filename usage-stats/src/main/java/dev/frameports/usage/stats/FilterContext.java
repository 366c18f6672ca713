package dev.frameports.usage.stats;

import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.FilteredHostsInfo;
import dev.frameports.usage.HostExclusions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What upstream kept in module globals (usage-stats-spec.md §3.2): the CHTC-owned hosts, the host
 * exclusions applied at the start of every filter call, and the filtered-hosts entries those calls
 * record. One context per analysis; not thread-safe (the entry list is mutable, as upstream).
 */
public final class FilterContext {
  private final ChtcOwnedHosts chtcOwned;
  private final HostExclusions exclusions;
  private final List<FilteredHostsInfo> filteredHostsInfo = new ArrayList<>();

  /** A context with these hosts and exclusions and no recorded entry. */
  public FilterContext(ChtcOwnedHosts chtcOwned, HostExclusions exclusions) {
    this.chtcOwned = Objects.requireNonNull(chtcOwned, "chtcOwned");
    this.exclusions = Objects.requireNonNull(exclusions, "exclusions");
  }

  /** No CHTC-owned hosts, no exclusions. */
  public static FilterContext defaults() {
    return new FilterContext(ChtcOwnedHosts.none(), HostExclusions.none());
  }

  /** The CHTC-owned machines ({@code chtc_owned}). */
  public ChtcOwnedHosts chtcOwned() {
    return chtcOwned;
  }

  /** The exclusions applied at the start of every filter call. */
  public HostExclusions exclusions() {
    return exclusions;
  }

  /** The entries recorded so far, in recording order. */
  public List<FilteredHostsInfo> filteredHostsInfo() {
    return List.copyOf(filteredHostsInfo);
  }

  /** Forgets the recorded entries, as run_analysis does before loading. */
  public void resetFilteredHostsInfo() {
    filteredHostsInfo.clear();
  }

  /**
   * Records one filter call on a frame of {@code originalCount} rows of which {@code keptCount}
   * survived the exclusions: only when rows were dropped, and only once per equal entry (§3.2).
   */
  void recordFilterCall(long originalCount, long keptCount) {
    if (exclusions.isEmpty() || keptCount >= originalCount) {
      return;
    }
    FilteredHostsInfo info =
        new FilteredHostsInfo(
            originalCount, keptCount, new ArrayList<>(exclusions.patterns().keySet()));
    if (!filteredHostsInfo.contains(info)) {
      filteredHostsInfo.add(info);
    }
  }
}
