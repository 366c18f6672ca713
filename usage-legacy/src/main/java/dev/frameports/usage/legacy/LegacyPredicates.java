package dev.frameports.usage.legacy;

import static dev.frameports.usage.legacy.LegacyFrames.MACHINE;
import static dev.frameports.usage.legacy.LegacyFrames.NAME;
import static dev.frameports.usage.legacy.LegacyFrames.PRIORITIZED_PROJECTS;
import static dev.frameports.usage.legacy.LegacyFrames.STATE;

import dev.frameports.usage.FilteredHostsInfo;
import dev.frameports.usage.GpuColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import joinery.DataFrame;

/**
 * The shared row predicates of §3.2, with the pandas null semantics the baseline has.
 *
 * <p>A NULL Name never contains anything: it is neither backfill nor a host match. (pandas would
 * raise on {@code ~NaN}; production rows always have a Name.)
 */
final class LegacyPredicates {
  private LegacyPredicates() {}

  /** {@code Name} contains {@code backfill}: literal, case-sensitive. */
  static boolean isBackfill(List<Object> row) {
    Object name = row.get(NAME);
    return name != null && name.toString().contains(GpuColumns.BACKFILL_MARKER);
  }

  /** {@code PrioritizedProjects != ""} in pandas: TRUE for NULL; whitespace is non-empty. */
  static boolean ppNonEmpty(List<Object> row) {
    return !"".equals(row.get(PRIORITIZED_PROJECTS));
  }

  /** {@code PrioritizedProjects == ""}: NULL is not empty here. */
  static boolean ppEmpty(List<Object> row) {
    return "".equals(row.get(PRIORITIZED_PROJECTS));
  }

  /** Backfill-ResearcherOwned's test: not "" and not NULL. */
  static boolean ppPresent(List<Object> row) {
    Object pp = row.get(PRIORITIZED_PROJECTS);
    return pp != null && !"".equals(pp);
  }

  /** Backfill-OpenCapacity's test: "" or NULL. */
  static boolean ppEmptyOrNull(List<Object> row) {
    Object pp = row.get(PRIORITIZED_PROJECTS);
    return pp == null || "".equals(pp);
  }

  /** {@code State == state}; NULL State equals nothing. */
  static boolean stateIs(List<Object> row, String state) {
    return state.equals(row.get(STATE));
  }

  /** Machine is in the chtc_owned set (exact match). */
  static boolean chtcOwned(LegacyContext ctx, List<Object> row) {
    Object machine = row.get(MACHINE);
    return machine != null && ctx.chtcOwned().contains(machine.toString());
  }

  /**
   * {@code hostMatch}: true for {@code host == ""}; else Name contains the host as a case-sensitive
   * regex ({@code re.search}). The pattern is compiled once per filter call.
   */
  static Predicate<List<Object>> hostMatcher(String host) {
    if (host.isEmpty()) {
      return row -> true;
    }
    Pattern pattern = Pattern.compile(host);
    return row -> {
      Object name = row.get(NAME);
      return name != null && pattern.matcher(name.toString()).find();
    };
  }

  /**
   * The host exclusion every filter call starts with: drop rows whose Machine matches a pattern
   * ({@link dev.frameports.usage.HostExclusions#excludes}: literal, case-insensitive; NULL kept).
   * When rows were dropped, records {@code {original, filtered, patterns}} once. Always returns a
   * new frame (the upstream {@code df.copy()}).
   */
  static DataFrame<Object> applyExclusions(LegacyContext ctx, DataFrame<Object> df) {
    if (ctx.exclusions().isEmpty()) {
      return df.select(row -> true);
    }
    DataFrame<Object> kept =
        df.select(row -> !ctx.exclusions().excludes(LegacyFrames.text(row, MACHINE)));
    if (kept.length() < df.length()) {
      ctx.recordFiltered(
          new FilteredHostsInfo(
              df.length(), kept.length(), new ArrayList<>(ctx.exclusions().patterns().keySet())));
    }
    return kept;
  }
}
