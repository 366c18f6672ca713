package dev.frameports.decision;

import dev.frameports.frame.source.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The generator's entry point: {@code DecisionDocument [--results FILE] [--out-dir DIR]} reads a
 * results file (default {@code benchmarks/results/latest-full.json}) and writes {@code
 * DIR/0001-dataframe-backend.md} plus its charts in {@code DIR/0001-charts/} (default DIR {@code
 * docs/decisions}), every file atomically.
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
    Path outDir = Path.of("docs/decisions");
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if ((arg.equals("--results") || arg.equals("--out-dir")) && i + 1 < args.length) {
        Path value = Path.of(args[++i]);
        if (arg.equals("--results")) {
          results = value;
        } else {
          outDir = value;
        }
      } else {
        System.err.println("usage: DecisionDocument [--results FILE] [--out-dir DIR]");
        System.exit(2);
        return;
      }
    }
    try {
      Path written = generate(results, outDir);
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
    BenchmarkResults results = ResultsFiles.read(resultsFile);
    List<ChartFile> charts = new DecisionCharts(results).write(outDir.resolve(CHARTS), outDir);
    String text = new DecisionMarkdown(results, label(resultsFile), charts).render();
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
