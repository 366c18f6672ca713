package dev.frameports.usage.equivalence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.frameports.usage.AnalysisRequest;
import dev.frameports.usage.legacy.LegacyAnalysis;
import dev.frameports.usage.report.AnalysisType;
import dev.frameports.usage.report.JsonReportWriter;
import dev.frameports.usage.report.TextReportRenderer;
import dev.frameports.usage.report.UsageReport;
import dev.frameports.usage.stats.UsageAnalysis;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole reports: {@code UsageAnalysis.run} on each backend against {@code LegacyAnalysis.run}, each
 * loading the dataset's monthly files through its own loader, for every analysis type, with and
 * without a host filter, a partial window, and an empty one. The metadata's runtime fields differ
 * run to run and are ignored; everything else, the filtered-hosts entries included, must agree. The
 * rendered text and JSON reports must also be identical, which checks the order of the maps (user
 * ties, first-seen devices) that the structural comparison leaves aside.
 */
@DisplayName("run_analysis reports, port on each backend vs the legacy oracle")
class ReportEquivalenceTest {
  /** The metadata fields that measure the run rather than the data. */
  static final Set<String> RUNTIME_FIELDS =
      Set.of("analysisRuntimeSeconds", "analysisStart", "analysisEnd");

  private static final Map<String, Outcome> ORACLE = new ConcurrentHashMap<>();

  /**
   * A request built from a dataset, and whether it also runs on the larger datasets (the others run
   * on every dataset but those; variants only where the dataset's depth asks for them).
   */
  record Case(String name, Function<Dataset, AnalysisRequest> request, boolean onLarge) {
    boolean runsOn(Dataset ds) {
      if (ds.large()) {
        return onLarge;
      }
      return !name.contains("host filter") || ds.depth() != Dataset.Depth.CORE;
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("allocation by device", ds -> request(ds, AnalysisType.ALLOCATION), true));
    cases.add(
        new Case(
            "allocation by device, all devices, host filter",
            ds -> withHost(ds, request(ds, AnalysisType.ALLOCATION), true),
            false));
    cases.add(
        new Case("allocation summary", ds -> summary(request(ds, AnalysisType.ALLOCATION)), false));
    cases.add(
        new Case(
            "allocation summary, 1 hour to mid-window",
            ds ->
                new AnalysisRequest(
                    ds.dbPath(),
                    1,
                    "",
                    AnalysisType.ALLOCATION,
                    15,
                    ds.midWindowEnd(),
                    false,
                    false,
                    ds.exclusions()),
            false));
    cases.add(new Case("timeseries", ds -> request(ds, AnalysisType.TIMESERIES), false));
    cases.add(
        new Case(
            "timeseries 30 minutes, host filter",
            ds -> {
              AnalysisRequest r = withHost(ds, request(ds, AnalysisType.TIMESERIES), false);
              return new AnalysisRequest(
                  r.dbPath(),
                  r.hoursBack(),
                  r.host(),
                  r.analysisType(),
                  30,
                  r.endTime(),
                  r.groupByDevice(),
                  r.allDevices(),
                  r.exclusions());
            },
            false));
    cases.add(new Case("monthly", ds -> request(ds, AnalysisType.MONTHLY), true));
    cases.add(
        new Case(
            "empty window",
            ds ->
                request(ds, AnalysisType.ALLOCATION)
                    .withEndTime(LocalDateTime.of(2020, 1, 1, 0, 0)),
            false));
    return cases;
  }

  @TestFactory
  @DisplayName("backend / dataset / request")
  Stream<DynamicNode> reports() {
    List<Case> cases = cases();
    return EquivalenceBackends.names().stream()
        .map(
            backend ->
                dynamicContainer(
                    backend,
                    Datasets.all().stream()
                        .map(
                            ds ->
                                dynamicContainer(
                                    backend + " / " + ds.name(),
                                    cases.stream()
                                        .filter(c -> c.runsOn(ds))
                                        .map(
                                            c ->
                                                dynamicTest(
                                                    backend + " / " + ds.name() + " / " + c.name(),
                                                    () -> check(backend, ds, c)))))));
  }

  private static void check(String backend, Dataset ds, Case c) {
    AnalysisRequest request = c.request().apply(ds);
    Outcome expected =
        ORACLE.computeIfAbsent(
            ds.name() + " / " + c.name(), k -> Outcome.of(() -> LegacyAnalysis.run(request)));
    Outcome actual = Outcome.of(() -> UsageAnalysis.run(EquivalenceBackends.get(backend), request));
    assertThat(ModelDiff.of(expected, actual, RUNTIME_FIELDS))
        .as("%s on %s, %s: differences legacy vs port", c.name(), backend, ds.name())
        .isEmpty();
    if (expected.value() instanceof UsageReport legacy
        && actual.value() instanceof UsageReport port) {
      // ModelDiff ignores map order; the rendered reports show it (user ties, first-seen order)
      assertThat(new TextReportRenderer().render(withoutRuntime(port)))
          .as("%s on %s, %s: text report", c.name(), backend, ds.name())
          .isEqualTo(new TextReportRenderer().render(withoutRuntime(legacy)));
      assertThat(new JsonReportWriter().toJson(withoutRuntime(port)))
          .as("%s on %s, %s: JSON report", c.name(), backend, ds.name())
          .isEqualTo(new JsonReportWriter().toJson(withoutRuntime(legacy)));
    }
  }

  /** The report with the fields that measure the run, not the data, set to fixed values. */
  private static UsageReport withoutRuntime(UsageReport report) {
    LocalDateTime epoch = LocalDateTime.of(2000, 1, 1, 0, 0);
    return report.withMetadata(report.metadata().withRuntime(epoch, epoch, 0));
  }

  private static AnalysisRequest request(Dataset ds, AnalysisType type) {
    return new AnalysisRequest(
        ds.dbPath(), ds.hoursBack(), "", type, 15, null, true, false, ds.exclusions());
  }

  private static AnalysisRequest summary(AnalysisRequest r) {
    return new AnalysisRequest(
        r.dbPath(),
        r.hoursBack(),
        r.host(),
        r.analysisType(),
        r.bucketMinutes(),
        r.endTime(),
        false,
        r.allDevices(),
        r.exclusions());
  }

  private static AnalysisRequest withHost(Dataset ds, AnalysisRequest r, boolean allDevices) {
    return new AnalysisRequest(
        r.dbPath(),
        r.hoursBack(),
        ds.hostProbe(),
        r.analysisType(),
        r.bucketMinutes(),
        r.endTime(),
        r.groupByDevice(),
        allDevices,
        r.exclusions());
  }
}
