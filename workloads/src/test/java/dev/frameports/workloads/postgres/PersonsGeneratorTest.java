package dev.frameports.workloads.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.workloads.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonsGeneratorTest {
  @TempDir Path dir;

  @Test
  @DisplayName("the same seed writes the same bytes, another seed other bytes")
  void deterministic() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Path c = dir.resolve("c.csv");
    PersonsGenerator.write(a, PersonsSpec.of(500, 7), Progress.NONE);
    PersonsGenerator.write(b, PersonsSpec.of(500, 7), Progress.NONE);
    PersonsGenerator.write(c, PersonsSpec.of(500, 8), Progress.NONE);
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
  }

  @Test
  @DisplayName("each row depends on its id only: a shorter file is a prefix of a longer one")
  void prefixStable() throws IOException {
    Path small = dir.resolve("small.csv");
    Path large = dir.resolve("large.csv");
    PersonsGenerator.write(small, PersonsSpec.of(100, 3), Progress.NONE);
    PersonsGenerator.write(large, PersonsSpec.of(300, 3), Progress.NONE);
    assertThat(Files.readAllLines(large).subList(0, 101)).isEqualTo(Files.readAllLines(small));
  }

  @Test
  @DisplayName(
      "the file has upstream's header, ids 1..n, ages 22..65 inclusive and the oracle's sums")
  void contentMatchesOracle() throws IOException {
    Path file = dir.resolve("persons.csv");
    PersonsOracle oracle = PersonsGenerator.write(file, PersonsSpec.of(5_000, 11), Progress.NONE);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo("id,name,age,isMarried,city,state,country");
    assertThat(lines).hasSize(5_001);
    long idSum = 0;
    long ageSum = 0;
    long married = 0;
    TreeMap<Integer, Long> histogram = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] fields = lines.get(i).split(",", -1);
      assertThat(fields).hasSize(7);
      assertThat(Long.parseLong(fields[0])).isEqualTo(i);
      assertThat(fields[1].split(" ")).hasSize(2);
      assertThat(fields[3]).isIn("true", "false");
      int age = Integer.parseInt(fields[2]);
      idSum += i;
      ageSum += age;
      married += fields[3].equals("true") ? 1 : 0;
      histogram.merge(age, 1L, Long::sum);
    }
    assertThat(histogram.firstKey()).isEqualTo(22);
    assertThat(histogram.lastKey()).isEqualTo(65);
    assertThat(histogram).hasSize(44);
    assertThat(oracle).isEqualTo(new PersonsOracle(5_000, idSum, ageSum, married, histogram));
    assertThat(oracle.countOlderThan(21)).isEqualTo(5_000);
    assertThat(oracle.countOlderThan(65)).isZero();
    assertThat(oracle.countOlderThan(40))
        .isEqualTo(histogram.tailMap(41).values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  @DisplayName("a generation that fails half-way leaves no file and no temporary file behind")
  void noPartialFile() throws IOException {
    Path target = dir.resolve("persons.csv");
    Progress failing =
        (done, total) -> {
          throw new IllegalStateException("disk full after " + done + " rows");
        };
    assertThatThrownBy(() -> PersonsGenerator.write(target, PersonsSpec.of(20_000, 1), failing))
        .hasMessageContaining(target.toString())
        .hasMessageContaining("disk full after 10000 rows");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
