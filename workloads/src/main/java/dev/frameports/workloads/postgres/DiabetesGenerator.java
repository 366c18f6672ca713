package dev.frameports.workloads.postgres;

import dev.frameports.frame.source.AtomicFiles;
import dev.frameports.workloads.Progress;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes seed 001's {@code *_benchmarking_data.csv}: the 9-column header, then the first {@code
 * rows} rows of the repeated synthetic base table ({@link DiabetesBaseTable}), LF line ends, as
 * pandas' {@code to_csv(index=False)}. Streams the prefix directly instead of writing the whole
 * expansion and slicing it (the same bytes). The file appears only when complete.
 */
public final class DiabetesGenerator {
  /** The CSV columns, in file order. */
  public static final List<String> COLUMNS =
      List.of(
          "Pregnancies",
          "Glucose",
          "BloodPressure",
          "SkinThickness",
          "Insulin",
          "BMI",
          "DiabetesPedigreeFunction",
          "Age",
          "Outcome");

  private DiabetesGenerator() {}

  /**
   * Writes the prefix {@code spec} describes to {@code target} (replacing it); returns the oracle.
   *
   * @throws dev.frameports.frame.SourceException naming the target when it cannot be written
   */
  public static DiabetesOracle write(Path target, DiabetesSpec spec, Progress progress) {
    List<DiabetesRow> base = DiabetesBaseTable.synthetic(spec.seed());
    long[] sums = new long[COLUMNS.size()];
    Set<DiabetesRow> distinct = new HashSet<>();
    AtomicFiles.write(
        target,
        temporary -> {
          try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            long written = 0;
            for (int b = 0; written < spec.rows(); b++) {
              DiabetesRow row = base.get(b);
              String line = row.csvLine() + "\n";
              long copies = Math.min(spec.repeat(), spec.rows() - written);
              for (long c = 0; c < copies; c++) {
                out.write(line);
                if (++written % 100_000 == 0) {
                  progress.advance(written, spec.rows());
                }
              }
              long[] values = row.scaledValues();
              for (int i = 0; i < values.length; i++) {
                sums[i] += values[i] * copies;
              }
              distinct.add(row);
            }
          }
        });
    progress.advance(spec.rows(), spec.rows());
    Map<String, Long> columnSums = new LinkedHashMap<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      columnSums.put(COLUMNS.get(i), sums[i]);
    }
    return new DiabetesOracle(spec.rows(), distinct.size(), columnSums);
  }

  /**
   * Writes each of {@code sizes} into {@code directory} under upstream's file names, as upstream's
   * generator does; returns each file's oracle.
   */
  public static Map<DiabetesSize, DiabetesOracle> writeSizes(
      Path directory, long seed, int repeat, List<DiabetesSize> sizes, Progress progress) {
    Map<DiabetesSize, DiabetesOracle> oracles = new EnumMap<>(DiabetesSize.class);
    for (DiabetesSize size : sizes) {
      oracles.put(
          size,
          write(directory.resolve(size.fileName()), DiabetesSpec.of(size, seed, repeat), progress));
    }
    return oracles;
  }
}
