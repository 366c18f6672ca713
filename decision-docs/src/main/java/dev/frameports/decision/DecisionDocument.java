package dev.frameports.decision;

import dev.frameports.frame.source.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The generator's entry point: {@code DecisionDocument [--results FILE] [--etl-results FILE]
 * [--postgres-results FILE] [--out-dir DIR]} reads a results file (default {@code
 * benchmarks/results/latest-full.json}) and, when present, the ETL workloads' results (default
 * {@code benchmarks/results/latest-etl.json}) and the PostgreSQL suite's (default {@code
 * benchmarks/results/latest-postgres.json}), and writes {@code DIR/0001-dataframe-backend.md} plus
 * its charts in {@code DIR/0001-charts/} (default DIR {@code docs/decisions}), every file
 * atomically.
 */
public final class DecisionDocument {
  /** The document's file name inside the output folder. */
  public static final String DOCUMENT = "0001-dataframe-backend.md";

  /** The charts folder inside the output folder. */
  public static final String CHARTS = "0001-charts";

  private DecisionDocument() {}

  /** Command line; exits 2 on bad arguments, 1 when the results cannot be read. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    Path results = Path.of("benchmarks/results/latest-full.json");
    Path etlResults = Path.of("benchmarks/results/latest-etl.json");
    Path postgresResults = Path.of("benchmarks/results/latest-postgres.json");
    boolean etlGiven = false;
    boolean postgresGiven = false;
    Path outDir = Path.of("docs/decisions");
    List<String> options = List.of("--results", "--etl-results", "--postgres-results", "--out-dir");
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (options.contains(arg) && i + 1 < args.length) {
        Path value = Path.of(args[++i]);
        switch (arg) {
          case "--results" -> results = value;
          case "--etl-results" -> {
            etlResults = value;
            etlGiven = true;
          }
          case "--postgres-results" -> {
            postgresResults = value;
            postgresGiven = true;
          }
          default -> outDir = value;
        }
      } else {
        System.err.println(
            "usage: DecisionDocument [--results FILE] [--etl-results FILE]"
                + " [--postgres-results FILE] [--out-dir DIR]");
        System.exit(2);
        return;
      }
    }
    try {
      // the default files of the other workloads are optional; one named must exist
      Path etl = etlGiven || Files.isRegularFile(etlResults) ? etlResults : null;
      Path postgres =
          postgresGiven || Files.isRegularFile(postgresResults) ? postgresResults : null;
      Path written = generate(results, etl, postgres, outDir);
      System.out.println("wrote " + written);
    } catch (RuntimeException e) {
      System.err.println("decision-docs: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Reads {@code resultsFile}, writes the charts and the document into {@code outDir}, and returns
   * the document's path.
   */
  public static Path generate(Path resultsFile, Path outDir) {
    return generate(resultsFile, null, null, outDir);
  }

  /**
   * The same with the other workloads' results rendered as sections of their own: the ETL workloads
   * ({@code benchmarks/run.sh etl}) and the PostgreSQL suite ({@code benchmarks/run.sh postgres});
   * either file null for none.
   */
  public static Path generate(
      Path resultsFile,
      @Nullable Path etlResultsFile,
      @Nullable Path postgresResultsFile,
      Path outDir) {
    BenchmarkResults results = ResultsFiles.read(resultsFile);
    Path chartDir = outDir.resolve(CHARTS);
    List<ChartFile> charts = new DecisionCharts(results).write(chartDir, outDir);
    StringBuilder otherWorkloads = new StringBuilder();
    if (etlResultsFile != null) {
      BenchmarkResults etl = ResultsFiles.read(etlResultsFile);
      List<ChartFile> etlCharts = new DecisionCharts(etl).writeEtl(chartDir, outDir);
      otherWorkloads.append(new EtlSection(etl, label(etlResultsFile), etlCharts).render());
    }
    if (postgresResultsFile != null) {
      PostgresRun postgres = PostgresRun.read(postgresResultsFile);
      List<ChartFile> postgresCharts = DecisionCharts.writePostgres(postgres, chartDir, outDir);
      otherWorkloads.append(
          new PostgresSection(postgres, label(postgresResultsFile), postgresCharts).render());
    }
    String text =
        new DecisionMarkdown(results, label(resultsFile), charts, otherWorkloads.toString())
            .render();
    Path target = outDir.resolve(DOCUMENT);
    AtomicFiles.write(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    return target;
  }

  /** The results path as the document shows it: relative to the working directory if inside it. */
  private static String label(Path resultsFile) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = resultsFile.toAbsolutePath().normalize();
    return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
