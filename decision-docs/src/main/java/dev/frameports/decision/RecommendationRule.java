package dev.frameports.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule that turns verdicts into the outcome, so the recommendation follows from the numbers:
 *
 * <ol>
 *   <li>Only candidates with measurements in the file count.
 *   <li>If some candidates meet all of D1, D2 and D3: {@code MIGRATE} to the one meeting the most
 *       drivers (D4 included).
 *   <li>Otherwise, if some candidates meet D3 and at least one of D1, D2: {@code HYBRID} with the
 *       one meeting the most drivers.
 *   <li>Otherwise {@code NO_MIGRATION}. A backend that is not equal to the oracle (D3 = NO) is
 *       never recommended, however fast it is.
 *   <li>Ties are broken by the lower total whole-report median time over the report windows every
 *       tied backend completed, then by name.
 * </ol>
 */
public final class RecommendationRule {
  private RecommendationRule() {}

  /** Applies the rule to {@code results}. */
  public static Recommendation decide(BenchmarkResults results) {
    DriverEvaluation evaluation = new DriverEvaluation(results);
    Set<String> measured = Set.copyOf(results.backends());
    Map<BackendOption, List<Verdict>> verdicts =
        BackendOption.candidates().stream()
            .filter(o -> measured.contains(o.id()))
            .collect(
                Collectors.toMap(
                    o -> o,
                    evaluation::verdicts,
                    (a, b) -> a,
                    () -> new java.util.LinkedHashMap<>()));
    List<BackendOption> full =
        verdicts.keySet().stream()
            .filter(o -> meets(verdicts.get(o), Driver.SPEED, Driver.MEMORY, Driver.FUNCTIONALITY))
            .toList();
    if (!full.isEmpty()) {
      BackendOption best = best(results, full, verdicts);
      return new Recommendation(
          Recommendation.Kind.MIGRATE,
          best,
          best.title()
              + " meets D1, D2 and D3"
              + tieNote(full, best, verdicts)
              + ": "
              + summary(verdicts.get(best)));
    }
    List<BackendOption> partial =
        verdicts.keySet().stream()
            .filter(o -> meets(verdicts.get(o), Driver.FUNCTIONALITY))
            .filter(
                o -> meets(verdicts.get(o), Driver.SPEED) || meets(verdicts.get(o), Driver.MEMORY))
            .toList();
    if (!partial.isEmpty()) {
      BackendOption best = best(results, partial, verdicts);
      return new Recommendation(
          Recommendation.Kind.HYBRID,
          best,
          "No backend meets D1, D2 and D3 together. "
              + best.title()
              + " is equal to the oracle and meets "
              + metLabels(verdicts.get(best))
              + tieNote(partial, best, verdicts)
              + ": "
              + summary(verdicts.get(best)));
    }
    return new Recommendation(
        Recommendation.Kind.NO_MIGRATION,
        null,
        verdicts.isEmpty()
            ? "The results file holds no candidate backend."
            : "No candidate is both equal to the oracle (D3) and better on speed (D1) or memory (D2).");
  }

  private static BackendOption best(
      BenchmarkResults results, List<BackendOption> tied, Map<BackendOption, List<Verdict>> v) {
    long most = tied.stream().mapToLong(o -> metCount(v.get(o))).max().orElse(0);
    List<BackendOption> top = tied.stream().filter(o -> metCount(v.get(o)) == most).toList();
    Map<BackendOption, Double> time = reportTimes(results, top);
    return top.stream()
        .min(
            Comparator.comparing((BackendOption o) -> time.get(o)).thenComparing(BackendOption::id))
        .orElseThrow();
  }

  /**
   * Total median whole-report time of each option over the report windows all of {@code options}
   * completed; +∞ for every option when there is no such window.
   */
  static Map<BackendOption, Double> reportTimes(
      BenchmarkResults results, List<BackendOption> options) {
    List<String> windows = new ArrayList<>();
    for (Measurement m : results.suite(DriverEvaluation.REPORT)) {
      String key = m.name() + "\u0000" + m.dataSet();
      boolean all =
          options.stream()
              .allMatch(
                  o ->
                      results
                          .find(m.suite(), m.name(), o.id(), m.dataSet())
                          .map(Measurement::ok)
                          .orElse(false));
      if (all && !windows.contains(key)) {
        windows.add(key);
      }
    }
    Map<BackendOption, Double> out = new java.util.LinkedHashMap<>();
    for (BackendOption o : options) {
      double total = windows.isEmpty() ? Double.POSITIVE_INFINITY : 0;
      for (String key : windows) {
        String[] parts = key.split("\u0000");
        total +=
            results
                .find(DriverEvaluation.REPORT, parts[0], o.id(), parts[1])
                .orElseThrow()
                .medianTime();
      }
      out.put(o, total);
    }
    return out;
  }

  private static boolean meets(List<Verdict> verdicts, Driver... drivers) {
    for (Driver d : drivers) {
      if (verdicts.stream().noneMatch(v -> v.driver() == d && v.met())) {
        return false;
      }
    }
    return true;
  }

  private static long metCount(List<Verdict> verdicts) {
    return verdicts.stream().filter(Verdict::met).count();
  }

  private static String metLabels(List<Verdict> verdicts) {
    return verdicts.stream()
        .filter(Verdict::met)
        .map(v -> v.driver().label())
        .collect(Collectors.joining(", "));
  }

  private static String tieNote(
      List<BackendOption> qualified, BackendOption best, Map<BackendOption, List<Verdict>> v) {
    if (qualified.size() == 1) {
      return "";
    }
    String others =
        qualified.stream()
            .filter(o -> o != best)
            .map(BackendOption::id)
            .collect(Collectors.joining(", "));
    return " (also qualified: " + others + "; chosen by most drivers met, then whole-report time)";
  }

  private static String summary(List<Verdict> verdicts) {
    return verdicts.stream()
            .filter(v -> v.driver().measured())
            .map(v -> v.driver().label() + " " + v.answer() + " (" + v.evidence() + ")")
            .collect(Collectors.joining("; "))
        + ".";
  }
}
