package dev.frameports.usage.stats;

import static dev.frameports.frame.Expr.col;
import static dev.frameports.frame.Expr.lit;

import dev.frameports.frame.Expr;
import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.HostExclusions;
import java.util.List;

/**
 * The shared row predicates of usage-stats-spec.md §3.2 as expressions. Every one of them is
 * two-valued (never null): the baseline's pandas comparisons treat NULL as "not equal", so the SQL
 * null of {@code col = 'x'} is spelled out here once, and the callers can combine predicates with
 * {@code and}/{@code or} without Kleene surprises.
 *
 * <p>A NULL Name is neither backfill nor a host match (pandas would raise; production rows always
 * have a Name), as in the legacy oracle.
 */
final class GpuPredicates {
  private GpuPredicates() {}

  /** Name contains {@code backfill}: literal, case-sensitive. */
  static Expr isBackfill() {
    return col(GpuColumns.NAME).isNotNull().and(col(GpuColumns.NAME).contains("backfill"));
  }

  /** Not a backfill row (a NULL Name counts as primary). */
  static Expr isPrimary() {
    return isBackfill().not();
  }

  /** {@code State == state}; a NULL State equals nothing. */
  static Expr stateIs(String state) {
    return col(GpuColumns.STATE).isNotNull().and(col(GpuColumns.STATE).eq(state));
  }

  /** pandas {@code PrioritizedProjects != ""}: TRUE for NULL. */
  static Expr ppNonEmpty() {
    Expr pp = col(GpuColumns.PRIORITIZED_PROJECTS);
    return pp.isNull().or(pp.ne(""));
  }

  /** pandas {@code PrioritizedProjects == ""}: FALSE for NULL. */
  static Expr ppEmpty() {
    Expr pp = col(GpuColumns.PRIORITIZED_PROJECTS);
    return pp.isNotNull().and(pp.eq(""));
  }

  /** Not "" and not NULL (Backfill-ResearcherOwned). */
  static Expr ppPresent() {
    Expr pp = col(GpuColumns.PRIORITIZED_PROJECTS);
    return pp.isNotNull().and(pp.ne(""));
  }

  /** "" or NULL (Backfill-OpenCapacity). */
  static Expr ppEmptyOrNull() {
    Expr pp = col(GpuColumns.PRIORITIZED_PROJECTS);
    return pp.isNull().or(pp.eq(""));
  }

  /** {@code hostMatch}: true for an empty host, else Name contains it as a case-sensitive regex. */
  static Expr hostMatch(String host) {
    if (host.isEmpty()) {
      return lit(true);
    }
    return col(GpuColumns.NAME).isNotNull().and(col(GpuColumns.NAME).matches(host));
  }

  /** The user tables' host filter: Machine matches a case-insensitive regex; NULL excluded. */
  static Expr machineMatches(String host) {
    return col(GpuColumns.MACHINE).isNotNull().and(col(GpuColumns.MACHINE).matches(host, true));
  }

  /** Machine is in the CHTC-owned set (exact match). */
  static Expr chtcOwned(ChtcOwnedHosts hosts) {
    if (hosts.hosts().isEmpty()) {
      return lit(false);
    }
    Expr machine = col(GpuColumns.MACHINE);
    return machine.isNotNull().and(machine.isIn(List.copyOf(hosts.hosts())));
  }

  /**
   * The rows that survive the host exclusions: Machine NULL, or containing no pattern as a literal,
   * case-insensitive substring ({@link HostExclusions#excludes}).
   */
  static Expr notExcluded(HostExclusions exclusions) {
    if (exclusions.isEmpty()) {
      return lit(true);
    }
    Expr machine = col(GpuColumns.MACHINE);
    Expr excluded = null;
    for (String pattern : exclusions.patterns().keySet()) {
      Expr hit = machine.contains(pattern, true);
      excluded = excluded == null ? hit : excluded.or(hit);
    }
    return machine.isNull().or(excluded.not());
  }

  /**
   * The rank of §3.3: primary Claimed 3, backfill Claimed 2, primary Unclaimed 1, anything else 0.
   */
  static Expr rank() {
    return Expr.when(stateIs(GpuColumns.CLAIMED).and(isPrimary()))
        .then(3)
        .when(stateIs(GpuColumns.CLAIMED))
        .then(2)
        .when(stateIs(GpuColumns.UNCLAIMED).and(isPrimary()))
        .then(1)
        .otherwise(0);
  }
}
