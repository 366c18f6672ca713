package dev.frameports.decision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The measured sections of the document: the result tables, failed measurements, equivalence
 * verdicts, environment, reproduction and the limits of the measurement. Each method returns a
 * Markdown block ending in a blank line.
 */
final class ResultSections {
  /** The one command that regenerates results and document, repeated in the document. */
  static final String REPRODUCE =
      "benchmarks/run.sh full && benchmarks/run.sh etl && ./decision-docs/generate.sh";

  private final BenchmarkResults results;
  private final List<BackendOption> present;

  ResultSections(BenchmarkResults results) {
    this.results = results;
    Set<String> ids = Set.copyOf(results.backends());
    this.present =
        List.of(BackendOption.values()).stream().filter(o -> ids.contains(o.id())).toList();
  }

  /** Median ± error per benchmark of {@code suite}, one row per benchmark and data set. */
  String table(String suite) {
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | data set |");
    present.forEach(o -> out.append(' ').append(o.id()).append(" |"));
    out.append("\n|---|---|");
    present.forEach(o -> out.append("---:|"));
    out.append('\n');
    Set<String> keys = new LinkedHashSet<>();
    results.suite(suite).forEach(m -> keys.add(m.name() + "\u0000" + m.dataSet()));
    for (String key : keys) {
      String[] parts = key.split("\u0000");
      out.append("| ").append(parts[0]).append(" | ").append(parts[1]).append(" |");
      Measurement base =
          results.find(suite, parts[0], BackendOption.LEGACY.id(), parts[1]).orElse(null);
      for (BackendOption o : present) {
        out.append(' ')
            .append(cell(results.find(suite, parts[0], o.id(), parts[1]).orElse(null), base))
            .append(" |");
      }
      out.append('\n');
    }
    return out.append('\n').toString();
  }

  private static String cell(@Nullable Measurement m, @Nullable Measurement base) {
    if (m == null) {
      return "–";
    }
    if (!m.ok()) {
      return "**failed**";
    }
    String text = Numbers.value(m.medianTime()) + " ± " + Numbers.value(m.errorOrZero());
    if (base != null && base.ok() && !m.backend().equals(base.backend())) {
      text += " (" + Numbers.percent(1 - m.medianTime() / base.medianTime()) + ")";
    }
    return text;
  }

  /** Peak RSS and heap per backend for the whole-report runs. */
  String memoryTable() {
    StringBuilder out =
        new StringBuilder("| backend | data set | peak RSS (MB) | heap peak (MB) | -Xmx (MB) |\n");
    out.append("|---|---|---:|---:|---:|\n");
    for (Measurement m : results.suite(DriverEvaluation.REPORT)) {
      out.append("| ").append(m.backend()).append(" | ").append(m.dataSet()).append(" | ");
      if (!m.ok()) {
        out.append("**failed** | – | ")
            .append(BenchmarkResults.orDash(m.jvmMaxHeapMb()))
            .append(" |\n");
        continue;
      }
      out.append(m.rssHwmMb() == null ? "–" : Numbers.value(m.rssHwmMb()))
          .append(" | ")
          .append(m.heapPeakMb() == null ? "–" : Numbers.value(m.heapPeakMb()))
          .append(" | ")
          .append(BenchmarkResults.orDash(m.jvmMaxHeapMb()))
          .append(" |\n");
    }
    return out.append('\n').toString();
  }

  /** Every failed measurement, as a result (they are not errors of the suite). */
  String failures() {
    List<String> lines = new ArrayList<>();
    for (Measurement m : results.measurements()) {
      if (!m.ok()) {
        String heap = m.jvmMaxHeapMb() == null ? "" : " (-Xmx" + m.jvmMaxHeapMb() + "m)";
        lines.add(
            "- **"
                + m.backend()
                + "**: "
                + m.name()
                + " on "
                + m.dataSet()
                + heap
                + " — "
                + (m.failure() == null ? "failed, no reason recorded" : m.failure()));
      }
    }
    if (lines.isEmpty()) {
      return "No measurement failed.\n\n";
    }
    return String.join("\n", lines) + "\n\n";
  }

  /** Backend x data set: how many oracle checks ran and matched, and the mismatches. */
  String equivalence() {
    Map<String, Map<String, int[]>> cells = new TreeMap<>();
    Set<String> sets = new LinkedHashSet<>();
    List<String> mismatches = new ArrayList<>();
    for (Equivalence e : results.equivalence()) {
      sets.add(e.dataSet());
      int[] c =
          cells
              .computeIfAbsent(e.backend(), k -> new TreeMap<>())
              .computeIfAbsent(e.dataSet(), k -> new int[2]);
      c[0]++;
      if (e.matches()) {
        c[1]++;
      } else {
        mismatches.add(
            "- "
                + e.backend()
                + " on "
                + e.dataSet()
                + ", "
                + e.statistic()
                + (e.detail() == null ? "" : ": " + e.detail()));
      }
    }
    if (cells.isEmpty()) {
      return "No equivalence check is recorded in the results file, so no backend can meet D3.\n\n";
    }
    StringBuilder out = new StringBuilder("| backend |");
    sets.forEach(s -> out.append(' ').append(s).append(" |"));
    out.append("\n|---|");
    sets.forEach(s -> out.append("---|"));
    out.append('\n');
    for (BackendOption o : BackendOption.candidates()) {
      Map<String, int[]> row = cells.getOrDefault(o.id(), Map.of());
      out.append("| ").append(o.id()).append(" |");
      for (String s : sets) {
        int[] c = row.get(s);
        out.append(' ')
            .append(
                c == null
                    ? "not checked"
                    : (c[0] == c[1] ? "✅ " : "❌ ") + c[1] + "/" + c[0] + " match")
            .append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
    if (!mismatches.isEmpty()) {
      out.append("Mismatches:\n\n").append(String.join("\n", mismatches)).append("\n\n");
    }
    return out.toString();
  }

  /** The machine, JVM, libraries and data sets. */
  String environment() {
    Environment env = results.environment();
    StringBuilder out = new StringBuilder("```text\n");
    out.append("CPU        ")
        .append(BenchmarkResults.orDash(env.cpuModel()))
        .append(" (")
        .append(env.cores())
        .append(" cores)\n");
    out.append("memory     ").append(Numbers.gib(env.memoryBytes())).append('\n');
    out.append("OS         ").append(BenchmarkResults.orDash(env.os())).append('\n');
    out.append("JDK        ")
        .append(BenchmarkResults.orDash(env.jdkVendor()))
        .append(' ')
        .append(BenchmarkResults.orDash(env.jdkVersion()))
        .append('\n');
    out.append("JVM flags  ").append(String.join(" ", env.jvmFlags())).append('\n');
    new TreeMap<>(env.libraries())
        .forEach((k, v) -> out.append("library    ").append(k).append(' ').append(v).append('\n'));
    out.append("commit     ").append(results.commitLabel()).append('\n');
    out.append("depth      ").append(results.depth()).append('\n');
    out.append("run        ")
        .append(BenchmarkResults.orDash(results.startedAt()))
        .append(" → ")
        .append(BenchmarkResults.orDash(results.finishedAt()))
        .append('\n');
    out.append("```\n\n");
    if (!results.dataSets().isEmpty()) {
      out.append(
          "| data set | preset | seed | rows | files | bytes | hours |\n|---|---|---:|---:|---:|---:|---:|\n");
      for (DataSet d : results.dataSets()) {
        out.append("| ")
            .append(d.name())
            .append(" | ")
            .append(BenchmarkResults.orDash(d.preset()))
            .append(" | ")
            .append(d.seed())
            .append(" | ")
            .append(d.rows())
            .append(" | ")
            .append(d.files())
            .append(" | ")
            .append(d.bytes())
            .append(" | ")
            .append(d.hours())
            .append(" |\n");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The one command, and what it does. */
  static String reproduce() {
    return "```sh\n"
        + REPRODUCE
        + "\n```\n\n"
        + "`benchmarks/run.sh full` runs the JMH suite and writes `benchmarks/results/<timestamp>-full.json`"
        + " and `latest-full.json`; `benchmarks/run.sh etl` measures the ETL workloads into"
        + " `latest-etl.json`; `decision-docs/generate.sh` builds this module and rewrites this"
        + " document and its charts from both (`--results FILE` and `--etl-results FILE` pick other"
        + " files; without an ETL file the ETL section says so).\n\n";
  }

  /** What the numbers cannot say. */
  String limits() {
    Environment env = results.environment();
    return "- One machine, "
        + env.cores()
        + " cores, shared: every number is a median of JMH samples with its error (99.9% interval);"
        + " differences inside the error bars are noise.\n"
        + "- One JDK ("
        + BenchmarkResults.orDash(env.jdkVendor())
        + " "
        + BenchmarkResults.orDash(env.jdkVersion())
        + ") and one set of JVM flags; another JDK or GC may reorder close results.\n"
        + "- Synthetic data (the generator's presets), not production snapshots; the shape follows"
        + " usage-stats-spec.md §8 but real volumes (about 5M rows a month) are larger.\n"
        + "- Peak RSS is the forked JVM's VmHWM: it includes the JVM itself and native memory"
        + " (DuckDB, Arrow), and is bounded by -Xmx for the heap part; a failure at a fixed -Xmx is"
        + " a statement about that heap size only.\n"
        + "- The speed threshold compares medians; the rule does not test significance.\n"
        + "- The nine single operations start from the window already loaded as a heap `Frame`"
        + " (as upstream's pandas operations start from a DataFrame): every frameports backend pays"
        + " for handing that frame to its engine and for collecting the result back as boxed rows,"
        + " which Joinery, already on the heap, does not. They measure the API round trip more than"
        + " the engine's own kernel; the whole-report benchmarks, which start from the SQLite files,"
        + " are the like-for-like comparison.\n"
        + "- Forks, warm-up and measured iterations per depth are in benchmarks/README.md (few at"
        + " `full`, so the error bars are wide); other work ran on the machine at low priority"
        + " during the run.\n\n";
  }
}
