package dev.frameports.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Driver verdicts")
class DriverEvaluationTest {

  private static DriverEvaluation evaluate(Results results) {
    return new DriverEvaluation(results.build());
  }

  @Test
  @DisplayName("a backend 30% faster on operations and report meets D1")
  void thirtyPercentFasterMeetsSpeed() {
    Verdict v =
        evaluate(new Results().versusBaseline("duckdb", 0.70, 1.0)).speed(BackendOption.DUCKDB);
    assertThat(v.met()).isTrue();
    assertThat(v.evidence()).contains("median operation saving 30%").contains("day 30%");
  }

  @Test
  @DisplayName("a backend only 10% faster does not meet D1")
  void tenPercentFasterMissesSpeed() {
    Verdict v =
        evaluate(new Results().versusBaseline("duckdb", 0.90, 1.0)).speed(BackendOption.DUCKDB);
    assertThat(v.met()).isFalse();
    assertThat(v.answer()).isEqualTo("NO");
    assertThat(v.evidence()).contains("10%");
  }

  @Test
  @DisplayName("fast operations do not meet D1 when the whole report is not 20% faster")
  void slowReportFailsSpeed() {
    Results r = new Results();
    r.ok("operation", "filter3", "legacy", "day", 100, 1000)
        .ok("operation", "filter3", "arrow", "day", 50, 500);
    r.ok("report", "report24h", "legacy", "day", 1000, 1000)
        .ok("report", "report24h", "arrow", "day", 850, 500);
    assertThat(evaluate(r).speed(BackendOption.ARROW).met()).isFalse();
  }

  @Test
  @DisplayName("a backend that failed a report window does not meet D1, D2 or D3")
  void failureCountsAgainstTheBackend() {
    Results r = new Results().versusBaseline("tablesaw", 0.5, 0.5);
    r.ok("report", "report30d", "legacy", "month", 9000, 3000)
        .failed(
            "report",
            "report30d",
            "tablesaw",
            "month",
            "OutOfMemoryError: Java heap space at -Xmx4g");
    DriverEvaluation e = evaluate(r);
    assertThat(e.speed(BackendOption.TABLESAW).met()).isFalse();
    assertThat(e.memory(BackendOption.TABLESAW).met()).isFalse();
    Verdict f = e.functionality(BackendOption.TABLESAW);
    assertThat(f.met()).isFalse();
    assertThat(f.evidence()).contains("report30d on month").contains("OutOfMemoryError");
  }

  @Test
  @DisplayName("surviving a window where the baseline failed counts as a pass")
  void baselineFailureIsAPass() {
    Results r = new Results().versusBaseline("duckdb", 0.5, 0.5);
    // as the suite writes it: without a baseline answer the backend's result cannot be checked
    r.failed("report", "report30d", "legacy", "month", "OutOfMemoryError")
        .unchecked("report", "report30d", "duckdb", "month", 9000, 2000);
    DriverEvaluation e = evaluate(r);
    assertThat(e.speed(BackendOption.DUCKDB).met()).isTrue();
    Verdict f = e.functionality(BackendOption.DUCKDB);
    assertThat(f.met()).isTrue();
    assertThat(f.evidence()).contains("1 timed results had no oracle to check");
  }

  @Test
  @DisplayName("a result left unchecked where the baseline ran fails D3")
  void uncheckedResultWhereTheBaselineRanFails() {
    Results r = new Results().versusBaseline("arrow", 0.5, 0.5);
    r.ok("report", "report7d", "legacy", "week", 5000, 1000)
        .unchecked("report", "report7d", "arrow", "week", 2500, 500);
    Verdict f = evaluate(r).functionality(BackendOption.ARROW);
    assertThat(f.met()).isFalse();
    assertThat(f.evidence()).contains("1 timed results were not checked against the oracle");
  }

  @Test
  @DisplayName("20% less peak RSS meets D2 and 10% less does not")
  void memoryThreshold() {
    assertThat(
            evaluate(new Results().versusBaseline("arrow", 1.0, 0.80))
                .memory(BackendOption.ARROW)
                .met())
        .isTrue();
    assertThat(
            evaluate(new Results().versusBaseline("arrow", 1.0, 0.90))
                .memory(BackendOption.ARROW)
                .met())
        .isFalse();
  }

  @Test
  @DisplayName("one oracle mismatch, or no oracle check at all, fails D3")
  void functionalityNeedsMatchingChecks() {
    Results mismatch =
        new Results().versusBaseline("duckdb", 0.5, 0.5).equivalence("duckdb", false);
    Verdict v = evaluate(mismatch).functionality(BackendOption.DUCKDB);
    assertThat(v.met()).isFalse();
    assertThat(v.evidence()).contains("1 of 2 oracle checks match").contains("mismatch");

    Results unchecked = new Results();
    unchecked
        .ok("report", "report24h", "legacy", "day", 1000, 1000)
        .ok("report", "report24h", "duckdb", "day", 1, 1);
    assertThat(evaluate(unchecked).functionality(BackendOption.DUCKDB).met()).isFalse();
  }

  @Test
  @DisplayName("the migration path is a written judgement and says so")
  void migrationPathIsAJudgement() {
    Verdict v = evaluate(new Results()).migrationPath(BackendOption.ARROW);
    assertThat(v.driver().measured()).isFalse();
    assertThat(v.evidence()).startsWith("written judgement, not measured");
  }

  @Test
  @DisplayName("the fixture's verdicts: Tablesaw fails on month, DuckDB and Arrow meet D1 to D3")
  void fixtureVerdicts() {
    DriverEvaluation e = new DriverEvaluation(Results.read(Results.FASTEST));
    assertThat(e.verdicts(BackendOption.DUCKDB)).allMatch(Verdict::met);
    assertThat(e.verdicts(BackendOption.ARROW)).allMatch(Verdict::met);
    assertThat(e.functionality(BackendOption.TABLESAW).met()).isFalse();
    assertThat(e.memory(BackendOption.TABLESAW).met()).isFalse();
  }
}
