package dev.frameports.usage.legacy;

import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.FilteredHostsInfo;
import dev.frameports.usage.HostExclusions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The configuration the upstream module kept in globals: the CHTC-owned hosts, the host exclusions,
 * and the list of filtered-hosts entries that every filter call appends to (§3.2). The clock only
 * answers "now" when a loader finds no data to take the end time from (§3.13).
 *
 * <p>Not thread-safe: the filtered-hosts list is mutable, as upstream. There is no frame cache
 * (§3.13: the cache is not ported).
 */
public final class LegacyContext {
  private final ChtcOwnedHosts chtcOwned;
  private final HostExclusions exclusions;
  private final Clock clock;
  private final List<FilteredHostsInfo> filteredHostsInfo = new ArrayList<>();

  /** A context with these hosts, exclusions and clock. */
  public LegacyContext(ChtcOwnedHosts chtcOwned, HostExclusions exclusions, Clock clock) {
    this.chtcOwned = chtcOwned;
    this.exclusions = exclusions;
    this.clock = clock;
  }

  /** A context on the system clock. */
  public static LegacyContext of(ChtcOwnedHosts chtcOwned, HostExclusions exclusions) {
    return new LegacyContext(chtcOwned, exclusions, Clock.systemDefaultZone());
  }

  /** No CHTC-owned hosts and no exclusions. */
  public static LegacyContext defaults() {
    return of(ChtcOwnedHosts.none(), HostExclusions.none());
  }

  /** The CHTC-owned hosts ({@code chtc_owned}). */
  public ChtcOwnedHosts chtcOwned() {
    return chtcOwned;
  }

  /** The host exclusions applied at the start of every filter call. */
  public HostExclusions exclusions() {
    return exclusions;
  }

  /** The entries recorded so far, in recording order. */
  public List<FilteredHostsInfo> filteredHostsInfo() {
    return List.copyOf(filteredHostsInfo);
  }

  /** Forgets the recorded entries, as {@code run_analysis} does before it loads. */
  public void resetFilteredHostsInfo() {
    filteredHostsInfo.clear();
  }

  /** Appends the entry unless an equal one is already recorded (§3.2). */
  void recordFiltered(FilteredHostsInfo info) {
    if (!filteredHostsInfo.contains(info)) {
      filteredHostsInfo.add(info);
    }
  }

  /** The naive local wall-clock time now. */
  LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
