package dev.frameports.usage.generate;

import dev.frameports.frame.source.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the side files that match a layout (usage-stats-spec.md §2.4): {@code chtc_owned}, one
 * fully qualified CHTC-owned host per line, and {@code masked_hosts.yaml} in the fixed format with
 * the top-level {@code excluded_hosts:} key, mapping each masked host's short name to its reason.
 * Both are written atomically.
 */
public final class HostFilesWriter {
  /** The CHTC-owned host list's file name. */
  public static final String CHTC_OWNED = "chtc_owned";

  /** The host exclusions' file name. */
  public static final String MASKED_HOSTS = "masked_hosts.yaml";

  private HostFilesWriter() {}

  /** The paths written. */
  public record HostFiles(Path chtcOwned, Path maskedHosts) {}

  /** Writes both files into {@code directory}. */
  public static HostFiles write(ClusterLayout layout, Path directory) {
    Path chtc = directory.resolve(CHTC_OWNED);
    Path masked = directory.resolve(MASKED_HOSTS);
    writeText(chtc, chtcOwnedText(layout));
    writeText(masked, maskedHostsText(layout));
    return new HostFiles(chtc, masked);
  }

  /** The {@code chtc_owned} content: CHTC-owned machines sorted, one per line, no comments. */
  public static String chtcOwnedText(ClusterLayout layout) {
    StringBuilder sb = new StringBuilder();
    layout.chtcOwnedMachines().stream().sorted().forEach(m -> sb.append(m).append('\n'));
    return sb.toString();
  }

  /** The {@code masked_hosts.yaml} content; {@code excluded_hosts: {}} when nothing is masked. */
  public static String maskedHostsText(ClusterLayout layout) {
    List<Host> masked =
        layout.hosts().stream()
            .filter(h -> h.maskReason() != null)
            .sorted(java.util.Comparator.comparing(Host::shortName))
            .toList();
    if (masked.isEmpty()) {
      return "excluded_hosts: {}\n";
    }
    StringBuilder sb = new StringBuilder("excluded_hosts:\n");
    for (Host h : masked) {
      sb.append("  ")
          .append(h.shortName())
          .append(": ")
          .append(quoted(h.maskReason()))
          .append('\n');
    }
    return sb.toString();
  }

  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static void writeText(Path target, String text) {
    AtomicFiles.write(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
  }
}
