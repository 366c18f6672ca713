package dev.frameports.usage.equivalence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.frameports.usage.legacy.LegacyAnalysis;
import dev.frameports.usage.stats.UsageAnalysis;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@code gpu_model_snapshot} mode: the models seen around a time, and the analysis of up to
 * three of them (plus a model with no rows, which both sides must refuse with the same message),
 * read straight from the dataset's newest monthly file as upstream does.
 */
@DisplayName("gpu_model_snapshot, port on each backend vs the legacy oracle")
class SnapshotEquivalenceTest {
  private static final int WINDOW_MINUTES = 5;
  private static final LocalDateTime NO_DATA_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

  @TestFactory
  @DisplayName("backend / dataset / snapshot")
  Stream<DynamicNode> snapshots() {
    return EquivalenceBackends.names().stream()
        .map(
            backend ->
                dynamicContainer(
                    backend,
                    Datasets.all().stream()
                        .map(
                            ds ->
                                dynamicContainer(
                                    backend + " / " + ds.name(), tests(backend, ds).stream()))));
  }

  private static List<DynamicTest> tests(String backend, Dataset ds) {
    String prefix = backend + " / " + ds.name() + " / ";
    LocalDateTime at = snapshotTime(ds);
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(
        dynamicTest(
            prefix + "get_gpu_models_at_time",
            () ->
                compare(
                    Outcome.of(() -> LegacyAnalysis.modelsAt(ds.dbPath(), at, WINDOW_MINUTES)),
                    Outcome.of(
                        () ->
                            UsageAnalysis.modelsAt(
                                EquivalenceBackends.get(backend),
                                ds.dbPath(),
                                at,
                                WINDOW_MINUTES)))));
    List<String> models = LegacyAnalysis.modelsAt(ds.dbPath(), at, WINDOW_MINUTES);
    for (String model : models.subList(0, Math.min(3, models.size()))) {
      tests.add(snapshotTest(prefix, backend, ds, model, at));
    }
    tests.add(snapshotTest(prefix + "no data: ", backend, ds, "NVIDIA H200", NO_DATA_TIME));
    return tests;
  }

  private static DynamicTest snapshotTest(
      String prefix, String backend, Dataset ds, String model, LocalDateTime at) {
    return dynamicTest(
        prefix + "analyze_gpu_model_at_time(" + model + ")",
        () ->
            compare(
                Outcome.of(() -> LegacyAnalysis.snapshot(ds.dbPath(), model, at, WINDOW_MINUTES)),
                Outcome.of(
                    () ->
                        UsageAnalysis.snapshot(
                            EquivalenceBackends.get(backend),
                            ds.dbPath(),
                            model,
                            at,
                            WINDOW_MINUTES))));
  }

  /**
   * A time inside the newest file: the mid-window end when it lies in that file's month, else the
   * start of the fixture data. Either way the window of ±5 minutes holds snapshots.
   */
  private static LocalDateTime snapshotTime(Dataset ds) {
    LocalDateTime latest = ds.rows().get(ds.rows().size() - 1).timestamp();
    LocalDateTime mid = ds.midWindowEnd();
    return mid.getMonth() == latest.getMonth() ? mid : latest.minusMinutes(2);
  }

  private static void compare(Outcome legacy, Outcome port) {
    assertThat(ModelDiff.of(legacy, port, Set.of())).as("differences legacy vs port").isEmpty();
  }
}
