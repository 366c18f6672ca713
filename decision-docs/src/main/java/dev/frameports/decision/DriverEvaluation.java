package dev.frameports.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Answers the decision drivers for every candidate backend from one results file, always against
 * the legacy baseline measured in the same file. The rules, which the document repeats:
 *
 * <ul>
 *   <li><b>D1 speed</b>: "major operations" means both (a) the <i>median</i> over all operation
 *       benchmarks (operation x data set) of the time saving {@code 1 - backend/legacy} is at least
 *       20%, and (b) the whole report is at least 20% faster on <i>every</i> report window the
 *       baseline ran. A failed backend run counts as no saving; a run the baseline failed and the
 *       backend survived counts as a pass. Medians of JMH samples are compared.
 *   <li><b>D2 memory</b>: the whole report's peak RSS (VmHWM, includes native memory) is at least
 *       15% below the baseline's on every report window where both have a value.
 *   <li><b>D3 functionality</b>: at least one equivalence check ran for the backend and all of them
 *       match the oracle, every successful measurement was checked against the oracle before timing
 *       wherever the baseline completed (where it failed there is no oracle answer; such results
 *       are listed, not held against the backend), and the backend failed no benchmark that the
 *       baseline completed.
 *   <li><b>D4 migration path</b>: the written judgement of {@link BackendOption#migrationPath()}.
 * </ul>
 */
public final class DriverEvaluation {
  static final String OPERATION = "operation";
  static final String REPORT = "report";

  private final BenchmarkResults results;

  /** An evaluation of {@code results}; cheap, computes on demand. */
  public DriverEvaluation(BenchmarkResults results) {
    this.results = results;
  }

  /** All four verdicts for {@code option}, in driver order. */
  public List<Verdict> verdicts(BackendOption option) {
    return List.of(speed(option), memory(option), functionality(option), migrationPath(option));
  }

  /** D1, see the class comment. */
  public Verdict speed(BackendOption option) {
    List<Comparison> operations = compare(OPERATION, option, Measurement::median);
    List<Comparison> reports = compare(REPORT, option, Measurement::median);
    if (operations.isEmpty() && reports.isEmpty()) {
      return new Verdict(Driver.SPEED, option, false, "not measured against the baseline");
    }
    List<String> evidence = new ArrayList<>();
    boolean met = true;
    if (!operations.isEmpty()) {
      double median = Numbers.median(operations.stream().map(Comparison::saving).toList());
      met &= median >= Driver.SPEED_SAVING - 1e-12;
      evidence.add(
          "median operation saving "
              + Numbers.percent(median)
              + " over "
              + operations.size()
              + " operation benchmarks");
    }
    if (!reports.isEmpty()) {
      met &= reports.stream().allMatch(c -> c.passes(Driver.SPEED_SAVING));
      evidence.add("whole report: " + describe(reports, "ms"));
    }
    return new Verdict(Driver.SPEED, option, met, String.join("; ", evidence));
  }

  /** D2, see the class comment. */
  public Verdict memory(BackendOption option) {
    List<Comparison> reports =
        compare(REPORT, option, Measurement::rssHwmMb).stream()
            .filter(c -> c.backendFailure() != null || c.backend() != null)
            .filter(c -> c.baselineFailure() != null || c.baseline() != null)
            .toList();
    if (reports.isEmpty()) {
      return new Verdict(
          Driver.MEMORY, option, false, "no whole-report peak RSS measured for both sides");
    }
    boolean met = reports.stream().allMatch(c -> c.passes(Driver.MEMORY_SAVING));
    return new Verdict(
        Driver.MEMORY, option, met, "whole-report peak RSS saving: " + describe(reports, "MB"));
  }

  /** D3, see the class comment. */
  public Verdict functionality(BackendOption option) {
    List<Equivalence> checks =
        results.equivalence().stream().filter(e -> e.backend().equals(option.id())).toList();
    List<Equivalence> mismatches = checks.stream().filter(e -> !e.matches()).toList();
    List<Measurement> own =
        results.measurements().stream().filter(m -> m.backend().equals(option.id())).toList();
    // Where the baseline itself failed (e.g. Joinery out of heap on a month) there is no oracle
    // answer to check against: that is reported, but it is not held against the backend.
    long unchecked =
        own.stream()
            .filter(m -> m.ok() && !m.checkedAgainstOracle() && baselineCompleted(m))
            .count();
    long withoutOracle =
        own.stream()
            .filter(m -> m.ok() && !m.checkedAgainstOracle() && !baselineCompleted(m))
            .count();
    List<Measurement> lost = own.stream().filter(m -> !m.ok() && baselineCompleted(m)).toList();
    List<String> evidence = new ArrayList<>();
    evidence.add(
        (checks.size() - mismatches.size()) + " of " + checks.size() + " oracle checks match");
    for (Equivalence e : mismatches) {
      evidence.add("mismatch: " + e.statistic() + " on " + e.dataSet() + detail(e.detail()));
    }
    if (unchecked > 0) {
      evidence.add(unchecked + " timed results were not checked against the oracle");
    }
    if (withoutOracle > 0) {
      evidence.add(
          withoutOracle + " timed results had no oracle to check (the baseline failed there)");
    }
    for (Measurement m : lost) {
      evidence.add(
          "failed where the baseline ran: "
              + m.name()
              + " on "
              + m.dataSet()
              + detail(m.failure()));
    }
    boolean met = !checks.isEmpty() && mismatches.isEmpty() && unchecked == 0 && lost.isEmpty();
    return new Verdict(Driver.FUNCTIONALITY, option, met, String.join("; ", evidence));
  }

  /** D4: the fixed, written judgement. */
  public Verdict migrationPath(BackendOption option) {
    return new Verdict(
        Driver.MIGRATION_PATH,
        option,
        option.migrationPath(),
        "written judgement, not measured: " + option.migrationPathJudgement());
  }

  /**
   * The backend's {@code value} beside the baseline's for every benchmark of {@code suite} the
   * baseline has; benchmarks where both sides failed, or the backend has no entry, are left out.
   */
  List<Comparison> compare(
      String suite, BackendOption option, Function<Measurement, @Nullable Double> value) {
    List<Comparison> out = new ArrayList<>();
    for (Measurement base : results.suite(suite)) {
      if (!base.backend().equals(BackendOption.LEGACY.id())) {
        continue;
      }
      Measurement own = results.find(suite, base.name(), option.id(), base.dataSet()).orElse(null);
      if (own == null || (!own.ok() && !base.ok())) {
        continue;
      }
      String ownFailure = own.ok() ? null : failureOf(own);
      String baseFailure = base.ok() ? null : failureOf(base);
      Double b = base.ok() ? value.apply(base) : null;
      Double o = own.ok() ? value.apply(own) : null;
      out.add(new Comparison(base.name(), base.dataSet(), b, o, ownFailure, baseFailure));
    }
    return out;
  }

  private boolean baselineCompleted(Measurement m) {
    return results
        .find(m.suite(), m.name(), BackendOption.LEGACY.id(), m.dataSet())
        .map(Measurement::ok)
        .orElse(true);
  }

  private static String describe(List<Comparison> comparisons, String unit) {
    return comparisons.stream().map(c -> c.describe(unit)).collect(Collectors.joining(", "));
  }

  private static String failureOf(Measurement m) {
    return m.failure() == null ? "failed, no reason recorded" : m.failure();
  }

  private static String detail(@Nullable String detail) {
    return detail == null ? "" : " (" + detail + ")";
  }
}
