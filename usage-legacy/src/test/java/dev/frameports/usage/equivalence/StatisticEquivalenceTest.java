package dev.frameports.usage.equivalence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.legacy.LegacyContext;
import dev.frameports.usage.legacy.LegacyFrames;
import dev.frameports.usage.stats.FilterContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import joinery.DataFrame;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

@DisplayName("every statistic of spec §3, port on each backend vs the legacy oracle, same rows")
class StatisticEquivalenceTest {
  /** The oracle's results, computed once per dataset and statistic whatever the backend count. */
  private static final Map<String, Outcome> ORACLE = new ConcurrentHashMap<>();

  private static final Map<String, DataFrame<Object>> LEGACY_FRAMES = new ConcurrentHashMap<>();

  private static final Map<String, Frame> PORT_FRAMES = new ConcurrentHashMap<>();

  @TestFactory
  @DisplayName("backend / dataset / statistic")
  Stream<DynamicNode> statistics() {
    List<Statistic> statistics = Statistics.all();
    return EquivalenceBackends.names().stream()
        .map(
            backend ->
                dynamicContainer(
                    backend,
                    Datasets.forStatistics().stream()
                        .map(
                            ds ->
                                dynamicContainer(
                                    backend + " / " + ds.name(),
                                    statistics.stream()
                                        .filter(s -> s.scope().includes(ds))
                                        .map(
                                            s ->
                                                dynamicTest(
                                                    backend + " / " + ds.name() + " / " + s.name(),
                                                    () -> check(backend, ds, s)))))));
  }

  private static void check(String backend, Dataset ds, Statistic statistic) {
    Outcome expected = oracle(ds, statistic);
    LazyFrame df =
        EquivalenceBackends.get(backend)
            .from(PORT_FRAMES.computeIfAbsent(ds.name(), n -> GpuStateFrames.frame(ds.rows())));
    Outcome actual =
        Outcome.of(
            () -> statistic.port().run(new FilterContext(ds.chtcOwned(), ds.exclusions()), df, ds));
    assertThat(ModelDiff.of(expected, actual, Set.of()))
        .as("%s on %s, %s: differences legacy vs port", statistic.name(), backend, ds.name())
        .isEmpty();
  }

  private static Outcome oracle(Dataset ds, Statistic statistic) {
    return ORACLE.computeIfAbsent(
        ds.name() + " / " + statistic.name(),
        k -> {
          DataFrame<Object> df =
              LEGACY_FRAMES.computeIfAbsent(ds.name(), n -> LegacyFrames.fromRows(ds.rows()));
          return Outcome.of(
              () ->
                  statistic
                      .legacy()
                      .run(LegacyContext.of(ds.chtcOwned(), ds.exclusions()), df, ds));
        });
  }
}
