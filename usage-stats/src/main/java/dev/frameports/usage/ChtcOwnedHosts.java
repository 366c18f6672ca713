package dev.frameports.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code chtc_owned} file: one exact host name per line; lines are stripped, blank lines
 * skipped, no comments (usage-stats-spec.md §2.4). Matching against Machine is exact.
 */
public record ChtcOwnedHosts(Set<String> hosts) {
  public ChtcOwnedHosts {
    hosts = Set.copyOf(hosts);
  }

  /** No CHTC-owned hosts. */
  public static ChtcOwnedHosts none() {
    return new ChtcOwnedHosts(Set.of());
  }

  /** Reads the file; a missing file is an empty set, as upstream. */
  public static ChtcOwnedHosts load(Path file) {
    if (!Files.exists(file)) {
      return none();
    }
    try {
      Set<String> hosts = new LinkedHashSet<>();
      for (String line : Files.readAllLines(file)) {
        if (!line.strip().isEmpty()) {
          hosts.add(line.strip());
        }
      }
      return new ChtcOwnedHosts(hosts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read chtc_owned file " + file, e);
    }
  }

  /** True when the machine is CHTC-owned (exact match; null is not). */
  public boolean contains(String machine) {
    return machine != null && hosts.contains(machine);
  }
}
