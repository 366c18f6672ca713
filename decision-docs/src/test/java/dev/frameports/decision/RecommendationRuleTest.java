package dev.frameports.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The recommendation rule")
class RecommendationRuleTest {

  @Test
  @DisplayName("picks DuckDB when it ties with Arrow on drivers and has the lower report time")
  void fastestFixtureChoosesDuckDb() {
    Recommendation r = RecommendationRule.decide(Results.read(Results.FASTEST));
    assertThat(r.kind()).isEqualTo(Recommendation.Kind.MIGRATE);
    assertThat(r.chosen()).isEqualTo(BackendOption.DUCKDB);
    assertThat(r.rationale()).contains("also qualified: arrow");
  }

  @Test
  @DisplayName("changes to Arrow when DuckDB's fixture numbers get worse")
  void slowerFixtureChoosesArrow() {
    Recommendation r = RecommendationRule.decide(Results.read(Results.SLOWER));
    assertThat(r.kind()).isEqualTo(Recommendation.Kind.MIGRATE);
    assertThat(r.chosen()).isEqualTo(BackendOption.ARROW);
  }

  @Test
  @DisplayName("goes hybrid when the only correct, faster backend misses the memory driver")
  void hybridWhenMemoryMissed() {
    Recommendation r =
        RecommendationRule.decide(new Results().versusBaseline("duckdb", 0.5, 1.2).build());
    assertThat(r.kind()).isEqualTo(Recommendation.Kind.HYBRID);
    assertThat(r.chosen()).isEqualTo(BackendOption.DUCKDB);
    assertThat(r.headline()).contains("hybrid").contains("--backend duckdb");
  }

  @Test
  @DisplayName("never recommends a fast backend that does not match the oracle")
  void wrongAnswersAreNeverChosen() {
    Results r = new Results().versusBaseline("duckdb", 0.3, 0.3).equivalence("duckdb", false);
    Recommendation outcome = RecommendationRule.decide(r.build());
    assertThat(outcome.kind()).isEqualTo(Recommendation.Kind.NO_MIGRATION);
    assertThat(outcome.chosen()).isNull();
    assertThat(outcome.headline()).contains("no migration yet");
  }

  @Test
  @DisplayName("keeps the baseline when no backend is better on speed or memory")
  void noMigrationWhenNothingIsBetter() {
    Recommendation r =
        RecommendationRule.decide(new Results().versusBaseline("tablesaw", 0.95, 1.1).build());
    assertThat(r.kind()).isEqualTo(Recommendation.Kind.NO_MIGRATION);
  }
}
