package dev.frameports.usage.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.usage.AnalysisRequest;
import dev.frameports.usage.HostExclusions;
import dev.frameports.usage.generate.GenerationResult;
import dev.frameports.usage.generate.GeneratorPreset;
import dev.frameports.usage.generate.GpuStateGenerator;
import dev.frameports.usage.report.AnalysisType;
import dev.frameports.usage.report.UsageReport;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The port gives the same report on every backend for generated data (the tiny preset, and the
 * dirty preset across a month boundary with NULLs and flipping states), with the generated
 * exclusions and CHTC-owned hosts. Comparison with the legacy oracle lives in usage-legacy.
 */
@DisplayName("Every backend gives the same report on generated data")
class BackendAgreementTest extends BackendTest {
  private static final Comparator<Double> CLOSE =
      (a, b) -> Math.abs(a - b) <= TOLERANCE ? 0 : Double.compare(a, b);

  @ParameterizedTest(name = "{0} preset, {1} analysis, grouped by device: {2}")
  @CsvSource({
    "TINY, ALLOCATION, true",
    "TINY, ALLOCATION, false",
    "TINY, TIMESERIES, false",
    "DIRTY, ALLOCATION, true",
    "DIRTY, ALLOCATION, false",
    "DIRTY, TIMESERIES, false"
  })
  @DisplayName("tablesaw and arrow agree with duckdb")
  void backendsAgree(GeneratorPreset preset, AnalysisType type, boolean byDevice) {
    GenerationResult generated = generate(preset);
    Path db = generated.files().get(generated.files().size() - 1).path();
    AnalysisRequest request =
        new AnalysisRequest(
            db,
            24,
            "",
            type,
            15,
            null,
            byDevice,
            false,
            HostExclusions.load(generated.maskedHosts()));
    UsageReport expected = UsageAnalysis.run(backend("duckdb"), request);
    assertThat(expected.metadata().totalRecords()).isPositive();
    if (byDevice) {
      assertThat(expected.deviceStats().values()).anySatisfy(d -> assertThat(d).isNotEmpty());
    }
    for (String other : List.of("tablesaw", "arrow")) {
      UsageReport actual = UsageAnalysis.run(backend(other), request);
      assertThat(actual)
          .as(other)
          .usingRecursiveComparison()
          .withComparatorForType(CLOSE, Double.class)
          .ignoringFields(
              "metadata.analysisRuntimeSeconds", "metadata.analysisStart", "metadata.analysisEnd")
          .isEqualTo(expected);
    }
  }

  private GenerationResult generate(GeneratorPreset preset) {
    Path folder = dir.resolve("generated-" + preset);
    if (folder.resolve(GenerationResult.MANIFEST).toFile().exists()) {
      folder = dir.resolve("generated-" + preset + "-" + System.nanoTime());
    }
    folder.toFile().mkdirs();
    return GpuStateGenerator.of(preset).quiet().writeTo(folder);
  }
}
