package dev.frameports.decision;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One benchmark results file (results-format.md, {@code formatVersion} 1): the environment, the
 * data sets, every measurement (failed ones included) and the equivalence checks that really ran.
 * Unknown JSON fields are ignored so a newer writer does not break this reader.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BenchmarkResults(
    int formatVersion,
    String depth,
    @Nullable String startedAt,
    @Nullable String finishedAt,
    Environment environment,
    List<DataSet> dataSets,
    List<Measurement> measurements,
    List<Equivalence> equivalence) {

  /** Null lists (absent in the JSON) become empty; the environment is required. */
  public BenchmarkResults {
    Objects.requireNonNull(environment, "environment");
    depth = depth == null ? "unknown" : depth;
    dataSets = dataSets == null ? List.of() : List.copyOf(dataSets);
    measurements = measurements == null ? List.of() : List.copyOf(measurements);
    equivalence = equivalence == null ? List.of() : List.copyOf(equivalence);
  }

  /** The measurement of {@code backend} for this suite, name and data set, if one was recorded. */
  public Optional<Measurement> find(String suite, String name, String backend, String dataSet) {
    return measurements.stream()
        .filter(m -> m.suite().equals(suite))
        .filter(m -> m.name().equals(name))
        .filter(m -> m.backend().equals(backend))
        .filter(m -> m.dataSet().equals(dataSet))
        .findFirst();
  }

  /** The measurements of one suite ({@code "operation"} or {@code "report"}), in file order. */
  public List<Measurement> suite(String suite) {
    return measurements.stream().filter(m -> m.suite().equals(suite)).toList();
  }

  /** The data set named {@code name}, if the file describes it. */
  public Optional<DataSet> dataSet(String name) {
    return dataSets.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** {@code measurements[].backend} values in first-appearance order. */
  public List<String> backends() {
    return measurements.stream().map(Measurement::backend).distinct().toList();
  }

  /** Where this file came from, for the reader: commit and whether the tree was dirty. */
  public String commitLabel() {
    String commit = environment.gitCommit() == null ? "unknown" : environment.gitCommit();
    return environment.gitDirty() ? commit + " (working tree dirty)" : commit;
  }

  /** Convenience for null-safe reading of {@code @Nullable} strings in the renderers. */
  static String orDash(@Nullable Object value) {
    return value == null ? "–" : value.toString();
  }
}
