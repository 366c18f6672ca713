package dev.frameports.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The document's section on the ported ETL workloads (seed-workloads.md: the volume test and the
 * daily parquet summary), from their own results file ({@code benchmarks/run.sh etl}): one table
 * and one chart per workload, with throughput and peak RSS per engine at the workload's fixed heap.
 * These workloads do not enter the decision drivers, which concern the GPU statistics; the section
 * says what they add. Pure: text in, text out.
 */
final class EtlSection {
  /** The suite name of the ETL measurements in a results file. */
  static final String SUITE = "etl";

  private static final Map<String, String> TITLES =
      Map.of(
          "volume",
          "the Polars volume test (seed 000): person CSVs → per-state distinct counts → Parquet",
          "daily",
          "the 1 TB parquet daily summary (seed 004): transaction Parquet → per-day sums → CSV");

  private final BenchmarkResults results;
  private final String resultsLabel;
  private final List<ChartFile> charts;

  EtlSection(BenchmarkResults results, String resultsLabel, List<ChartFile> charts) {
    this.results = results;
    this.resultsLabel = resultsLabel;
    this.charts = List.copyOf(charts);
  }

  /** The section, or a line saying that no ETL results were given. */
  String render() {
    StringBuilder out = new StringBuilder("## Other workloads: the ported ETL systems\n\n");
    List<Measurement> etl = results.suite(SUITE);
    if (etl.isEmpty()) {
      return out.append("No ETL results (`benchmarks/run.sh etl`) were given.\n\n").toString();
    }
    Environment env = results.environment();
    out.append("Measured separately by `benchmarks/run.sh etl` (`")
        .append(resultsLabel)
        .append("`, commit `")
        .append(results.commitLabel())
        .append("`, ")
        .append(BenchmarkResults.orDash(env.jdkVendor()))
        .append(' ')
        .append(BenchmarkResults.orDash(env.jdkVersion()))
        .append("). Each job is timed whole, from listing its input to its output closed, as")
        .append(
            " upstream timed it: single-shot runs in a fresh JVM with the workload's fixed heap,")
        .append(" after one untimed run whose output was checked against the oracle the generator")
        .append(" wrote. These workloads are not part of D1–D4 (which concern the GPU statistics);")
        .append(" they show how each engine handles input larger than its heap.\n\n");
    for (String workload : workloads(etl)) {
      out.append(workloadSection(workload, etl));
    }
    return out.toString();
  }

  private String workloadSection(String workload, List<Measurement> etl) {
    StringBuilder out = new StringBuilder("### ").append(workload);
    String title = TITLES.get(workload);
    out.append(title == null ? "" : " — " + title).append("\n\n");
    out.append("| backend | input | heap | outcome | median s (± error) | rows/s | MB/s |")
        .append(" peak RSS MB | oracle |\n|---|---|---|---|---|---|---|---|---|\n");
    List<String> completed = new ArrayList<>();
    Measurement fastest = null;
    for (Measurement m : etl) {
      if (!m.name().equals(workload)) {
        continue;
      }
      DataSet input = results.dataSet(m.dataSet()).orElse(null);
      String heap = m.jvmMaxHeapMb() == null ? "–" : "-Xmx" + m.jvmMaxHeapMb() + "m";
      out.append("| ").append(m.backend()).append(" | ").append(describe(m.dataSet(), input));
      out.append(" | ").append(heap).append(" | ");
      if (m.ok()) {
        double seconds = m.medianTime() / 1000;
        out.append("completed | ")
            .append(String.format(Locale.ROOT, "%.1f (± %.1f)", seconds, m.errorOrZero() / 1000))
            .append(" | ")
            .append(
                input == null ? "–" : String.format(Locale.ROOT, "%,.0f", input.rows() / seconds))
            .append(" | ")
            .append(
                input == null
                    ? "–"
                    : String.format(Locale.ROOT, "%.1f", input.bytes() / 1e6 / seconds));
        completed.add(m.backend());
        if (fastest == null || m.medianTime() < fastest.medianTime()) {
          fastest = m;
        }
      } else {
        out.append("failed: ")
            .append(m.failure() == null ? "no reason recorded" : m.failure().replace('|', '/'))
            .append(" | – | – | –");
      }
      out.append(" | ")
          .append(m.rssHwmMb() == null ? "–" : String.format(Locale.ROOT, "%.0f", m.rssHwmMb()))
          .append(" | ")
          .append(m.checkedAgainstOracle() ? "equal" : "not checked")
          .append(" |\n");
    }
    out.append('\n');
    if (completed.isEmpty()) {
      out.append("No engine completed this workload at its heap.\n\n");
    } else {
      out.append("Completed within the heap: ")
          .append(String.join(", ", completed))
          .append(". Fastest: **")
          .append(fastest.backend())
          .append(
              String.format(Locale.ROOT, "** (%.1f s median).%n%n", fastest.medianTime() / 1000));
    }
    for (ChartFile chart : charts) {
      if (chart.relativePath().contains("etl-" + workload)) {
        out.append("![").append(chart.caption()).append("](").append(chart.relativePath());
        out.append(")\n\n");
      }
    }
    return out.toString();
  }

  private static String describe(String name, DataSet input) {
    if (input == null) {
      return name;
    }
    return String.format(
        Locale.ROOT,
        "%s: %,d rows, %d files, %.0f MB",
        name,
        input.rows(),
        input.files(),
        input.bytes() / 1e6);
  }

  /** The workloads measured, in first-appearance order. */
  static List<String> workloads(List<Measurement> etl) {
    return etl.stream().map(Measurement::name).distinct().toList();
  }
}
