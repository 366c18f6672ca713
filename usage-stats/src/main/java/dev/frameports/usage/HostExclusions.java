package dev.frameports.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Hosts excluded from every statistic: pattern to reason, in file order (usage-stats-spec.md §2.4,
 * §3.2). A pattern matches a Machine that contains it as a literal, case-insensitive substring —
 * the escaped form upstream adopted in 2026; the baseline's unescaped regex crashed on
 * metacharacters. A null Machine is never excluded.
 */
public record HostExclusions(Map<String, String> patterns) {
  /** The top-level key the YAML must have. */
  public static final String KEY = "excluded_hosts";

  public HostExclusions {
    patterns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(patterns));
  }

  /** No exclusions. */
  public static HostExclusions none() {
    return new HostExclusions(Map.of());
  }

  /** True when there is nothing to exclude. */
  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** True when the machine matches any pattern. */
  public boolean excludes(@Nullable String machine) {
    if (machine == null) {
      return false;
    }
    String lower = machine.toLowerCase(Locale.ROOT);
    return patterns.keySet().stream().anyMatch(p -> lower.contains(p.toLowerCase(Locale.ROOT)));
  }

  /** These exclusions with {@code other}'s merged over them (inline over file, as upstream). */
  public HostExclusions mergedWith(HostExclusions other) {
    Map<String, String> merged = new LinkedHashMap<>(patterns);
    merged.putAll(other.patterns);
    return new HostExclusions(merged);
  }

  /**
   * Reads a {@code masked_hosts.yaml}-style file.
   *
   * @throws IllegalArgumentException naming the file when it lacks the {@code excluded_hosts} key
   *     (the baseline silently applied nothing in that case; frameports says so instead)
   */
  public static HostExclusions load(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read host exclusions " + file, e);
    }
  }

  /**
   * Parses YAML or JSON text of the form {@code excluded_hosts: {pattern: reason}}.
   *
   * @param origin named in error messages (a file name, or "--exclude-hosts")
   */
  public static HostExclusions parse(String text, String origin) {
    Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    if (document == null) {
      return none();
    }
    if (!(document instanceof Map<?, ?> map) || !map.containsKey(KEY)) {
      throw new IllegalArgumentException(
          origin
              + ": expected a top-level '"
              + KEY
              + "' mapping of host pattern to reason, e.g. "
              + KEY
              + ": {gpulab2003: \"Interactive slots only.\"}");
    }
    Object hosts = map.get(KEY);
    if (hosts == null) {
      return none();
    }
    if (!(hosts instanceof Map<?, ?> entries)) {
      throw new IllegalArgumentException(
          origin + ": '" + KEY + "' must map host pattern to reason");
    }
    Map<String, String> patterns = new LinkedHashMap<>();
    entries.forEach((k, v) -> patterns.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    return new HostExclusions(patterns);
  }
}
