package dev.frameports.usage.equivalence;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A structural comparison of the shared model (records, maps, lists, numbers) that reports every
 * difference with its path, e.g. {@code deviceStats[Shared][NVIDIA L40S].avgClaimed: legacy 1.5,
 * port 1.4}.
 *
 * <p>The rules: doubles within {@link Tolerance}; other values equal; maps by key set, whatever
 * their insertion order; lists as multisets (both sorted by a canonical text form first), since row
 * order is unspecified wherever the upstream order depended on an unstable sort; record components
 * named in {@code ignored} are skipped (the runtime fields of the metadata).
 */
final class ModelDiff {
  private final Set<String> ignored;
  private final List<String> differences = new ArrayList<>();

  private ModelDiff(Set<String> ignored) {
    this.ignored = ignored;
  }

  /** The differences between the oracle's value and the port's, empty when they agree. */
  static List<String> of(@Nullable Object legacy, @Nullable Object port, Set<String> ignored) {
    ModelDiff diff = new ModelDiff(ignored);
    diff.compare("", legacy, port);
    return diff.differences;
  }

  private void compare(String path, @Nullable Object legacy, @Nullable Object port) {
    if (differences.size() >= 20) {
      return;
    }
    if (legacy == null || port == null) {
      if (legacy != port) {
        report(path, legacy, port);
      }
      return;
    }
    if (legacy instanceof Double || legacy instanceof Float) {
      if (!(port instanceof Number p)
          || !Tolerance.close(((Number) legacy).doubleValue(), p.doubleValue())) {
        report(path, legacy, port);
      }
    } else if (legacy instanceof Number l
        && port instanceof Number p
        && !(port instanceof Double)) {
      if (l.longValue() != p.longValue()) {
        report(path, legacy, port);
      }
    } else if (legacy instanceof Record && legacy.getClass() == port.getClass()) {
      for (RecordComponent c : legacy.getClass().getRecordComponents()) {
        if (!ignored.contains(c.getName())) {
          compare(path + "." + c.getName(), value(c, legacy), value(c, port));
        }
      }
    } else if (legacy instanceof Map<?, ?> l && port instanceof Map<?, ?> p) {
      compareMaps(path, l, p);
    } else if (legacy instanceof Collection<?> l && port instanceof Collection<?> p) {
      compareCollections(path, l, p);
    } else if (!legacy.equals(port)) {
      report(path, legacy, port);
    }
  }

  private void compareMaps(String path, Map<?, ?> legacy, Map<?, ?> port) {
    Set<String> onlyLegacy = new TreeSet<>();
    Set<String> onlyPort = new TreeSet<>();
    legacy.keySet().stream().filter(k -> !port.containsKey(k)).forEach(k -> onlyLegacy.add(k(k)));
    port.keySet().stream().filter(k -> !legacy.containsKey(k)).forEach(k -> onlyPort.add(k(k)));
    if (!onlyLegacy.isEmpty() || !onlyPort.isEmpty()) {
      differences.add(
          path + ": keys only in legacy " + onlyLegacy + ", keys only in port " + onlyPort);
    }
    for (Map.Entry<?, ?> e : legacy.entrySet()) {
      if (port.containsKey(e.getKey())) {
        compare(path + "[" + k(e.getKey()) + "]", e.getValue(), port.get(e.getKey()));
      }
    }
  }

  private void compareCollections(String path, Collection<?> legacy, Collection<?> port) {
    if (legacy.size() != port.size()) {
      differences.add(
          path + ": legacy has " + legacy.size() + " elements, port has " + port.size());
      return;
    }
    List<Object> l = canonical(legacy);
    List<Object> p = canonical(port);
    for (int i = 0; i < l.size(); i++) {
      compare(path + "[" + i + "]", l.get(i), p.get(i));
    }
  }

  /** The elements sorted by their text form, so that equal multisets line up. */
  private static List<Object> canonical(Collection<?> values) {
    List<Object> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparing(String::valueOf));
    return sorted;
  }

  private static @Nullable Object value(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + record, e);
    }
  }

  private static String k(@Nullable Object key) {
    return String.valueOf(key);
  }

  private void report(String path, @Nullable Object legacy, @Nullable Object port) {
    differences.add(path + ": legacy " + legacy + ", port " + port);
  }
}
