package dev.frameports.decision;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test data: the two fixture files, and a builder for small constructed result sets. */
final class Results {
  static final String FASTEST = "results-duckdb-fastest.json";
  static final String SLOWER = "results-duckdb-slower.json";

  private final List<Measurement> measurements = new ArrayList<>();
  private final List<Equivalence> equivalence = new ArrayList<>();

  static Path fixture(String name) {
    try {
      return Path.of(Results.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static BenchmarkResults read(String name) {
    return ResultsFiles.read(fixture(name));
  }

  /** An ok measurement with this median and peak RSS. */
  Results ok(String suite, String name, String backend, String dataSet, double median, double rss) {
    return measured(suite, name, backend, dataSet, median, rss, true);
  }

  /** A successful measurement that could not be checked against the oracle. */
  Results unchecked(
      String suite, String name, String backend, String dataSet, double median, double rss) {
    return measured(suite, name, backend, dataSet, median, rss, false);
  }

  private Results measured(
      String suite,
      String name,
      String backend,
      String dataSet,
      double median,
      double rss,
      boolean checked) {
    measurements.add(
        new Measurement(
            suite,
            name,
            backend,
            dataSet,
            "ok",
            null,
            "ms/op",
            median,
            median,
            median / 50,
            List.of(median),
            rss,
            rss / 2,
            4096L,
            checked));
    return this;
  }

  /** A failed measurement. */
  Results failed(String suite, String name, String backend, String dataSet, String why) {
    measurements.add(
        new Measurement(
            suite, name, backend, dataSet, "failed", why, "ms/op", null, null, null, List.of(),
            null, null, 4096L, false));
    return this;
  }

  /** An oracle check. */
  Results equivalence(String backend, boolean matches) {
    equivalence.add(
        new Equivalence(
            backend, "tiny seed 1", "report (all sections)", matches, matches ? null : "differs"));
    return this;
  }

  /** One backend against the baseline: one operation and one report with these ratios. */
  Results versusBaseline(String backend, double timeRatio, double rssRatio) {
    ok("operation", "filter3", "legacy", "day", 100, 1000);
    ok("operation", "filter3", backend, "day", 100 * timeRatio, 1000 * rssRatio);
    ok("report", "report24h", "legacy", "day", 1000, 1000);
    ok("report", "report24h", backend, "day", 1000 * timeRatio, 1000 * rssRatio);
    return equivalence(backend, true);
  }

  BenchmarkResults build() {
    Environment env =
        new Environment(
            "test cpu",
            2,
            1L << 34,
            "Linux",
            "vendor",
            "17.0.15",
            List.of("-Xmx4g"),
            Map.of("duckdb", "2.0.0.1"),
            "abc1234",
            false);
    return new BenchmarkResults(
        1,
        "quick",
        "2026-11-23T11:20:00Z",
        "2026-11-23T11:30:00Z",
        env,
        List.of(new DataSet("day", "day", 1, 1000, 1, 10_000, 24)),
        measurements,
        equivalence);
  }
}
