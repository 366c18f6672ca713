package dev.frameports.usage;

import java.util.List;

/**
 * One entry of the filtered-hosts info (usage-stats-spec.md §3.2 side effect): a filter call whose
 * host exclusions dropped rows records the row counts before and after and the exclusion patterns
 * in force. Equal entries are recorded once.
 */
public record FilteredHostsInfo(
    long originalCount, long filteredCount, List<String> excludedHosts) {
  public FilteredHostsInfo {
    excludedHosts = List.copyOf(excludedHosts);
  }

  /** The rows the exclusions removed in that call. */
  public long excludedCount() {
    return originalCount - filteredCount;
  }
}
