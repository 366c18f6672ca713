package dev.frameports.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The decision charts")
class DecisionChartsTest {
  private final DecisionCharts charts = new DecisionCharts(Results.read(Results.FASTEST));

  private static Measurement report(String name, String dataSet) {
    return new Measurement(
        "report",
        name,
        "duckdb",
        dataSet,
        "ok",
        null,
        "ms/op",
        1.0,
        1.0,
        0.0,
        List.of(1.0),
        null,
        null,
        null,
        true);
  }

  @Test
  @DisplayName("place a report at the window its name states, not at its data set's span")
  void placeAReportAtItsWindow() {
    assertThat(charts.windowHours(report("report30d", "month"))).isEqualTo(720);
    assertThat(charts.windowHours(report("report7d", "week"))).isEqualTo(168);
    assertThat(charts.windowHours(report("report24h", "day"))).isEqualTo(24);
  }

  @Test
  @DisplayName("fall back to the data set's span for a report named otherwise")
  void fallBackToTheSpan() {
    assertThat(charts.windowHours(report("report", "day"))).isEqualTo(charts.hours("day"));
  }
}
