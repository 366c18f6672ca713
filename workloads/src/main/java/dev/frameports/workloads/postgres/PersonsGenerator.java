package dev.frameports.workloads.postgres;

import dev.frameports.frame.source.AtomicFiles;
import dev.frameports.workloads.FileSeeds;
import dev.frameports.workloads.Progress;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes seed 002's {@code persons.csv}: header {@code id,name,age,isMarried,city,state,country},
 * ids {@code 1..rows}, LF line ends, booleans as lowercase {@code true}/{@code false} (what the
 * committed upstream file and the strict Rust loader use). Row {@code id} is drawn from {@code
 * FileSeeds.forFile(seed, id)} alone, in upstream's Python draw order (location, name, age,
 * married), so a prefix never depends on the row count. Streams (constant memory); the file appears
 * only when complete.
 */
public final class PersonsGenerator {
  /** The exact upstream header. */
  public static final String HEADER = "id,name,age,isMarried,city,state,country";

  private static final PersonsVocabulary WORDS = PersonsVocabulary.get();

  private PersonsGenerator() {}

  /**
   * Writes {@code spec.rows()} persons to {@code target} (replacing it) and returns the oracle.
   *
   * @throws dev.frameports.frame.SourceException naming the target when it cannot be written
   */
  public static PersonsOracle write(Path target, PersonsSpec spec, Progress progress) {
    long[] histogram = new long[spec.maxAge() + 1];
    long[] sums = new long[2]; // ageSum, married
    AtomicFiles.write(
        target,
        temporary -> {
          try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(128);
            for (long id = 1; id <= spec.rows(); id++) {
              SplittableRandom random = FileSeeds.forFile(spec.seed(), (int) id);
              PersonsVocabulary.Location location =
                  WORDS.locations().get(random.nextInt(WORDS.locations().size()));
              String first = WORDS.firstNames().get(random.nextInt(WORDS.firstNames().size()));
              String last = WORDS.lastNames().get(random.nextInt(WORDS.lastNames().size()));
              int age = random.nextInt(spec.minAge(), spec.maxAge() + 1);
              boolean married = random.nextBoolean();
              line.setLength(0);
              line.append(id).append(',').append(first).append(' ').append(last).append(',');
              line.append(age).append(',').append(married).append(',');
              line.append(location.city()).append(',').append(location.state()).append(',');
              line.append(location.country()).append('\n');
              out.append(line);
              histogram[age]++;
              sums[0] += age;
              sums[1] += married ? 1 : 0;
              if (id % 10_000 == 0) {
                progress.advance(id, spec.rows());
              }
            }
          }
        });
    progress.advance(spec.rows(), spec.rows());
    TreeMap<Integer, Long> ages = new TreeMap<>();
    for (int age = 0; age < histogram.length; age++) {
      if (histogram[age] > 0) {
        ages.put(age, histogram[age]);
      }
    }
    return new PersonsOracle(
        spec.rows(), spec.rows() * (spec.rows() + 1) / 2, sums[0], sums[1], ages);
  }
}
