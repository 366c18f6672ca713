package dev.frameports.workloads.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.workloads.Progress;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiabetesGeneratorTest {
  @TempDir Path dir;

  @Test
  @DisplayName("the synthetic base table has 768 rows in the Pima ranges and 268 positive outcomes")
  void baseTable() {
    List<DiabetesRow> rows = DiabetesBaseTable.synthetic(1);
    assertThat(rows).hasSize(768);
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.pregnancies()).isBetween(0, 17);
              assertThat(r.glucose()).isBetween(0, 199);
              assertThat(r.bloodPressure()).isBetween(0, 122);
              assertThat(r.skinThickness()).isBetween(0, 99);
              assertThat(r.insulin()).isBetween(0, 846);
              assertThat(r.bmiTenths()).isBetween(0, 671);
              assertThat(r.pedigreeThousandths()).isBetween(78, 2420);
              assertThat(r.age()).isBetween(21, 81);
            });
    assertThat(rows.stream().filter(r -> r.outcome() == 1).count()).isEqualTo(268);
    assertThat(rows.stream().filter(r -> r.insulin() == 0).count()).isBetween(300L, 470L);
    assertThat(DiabetesBaseTable.synthetic(1)).isEqualTo(rows);
    assertThat(DiabetesBaseTable.synthetic(2)).isNotEqualTo(rows);
  }

  @Test
  @DisplayName("decimals are written as pandas writes them")
  void decimals() {
    assertThat(new DiabetesRow(6, 148, 72, 35, 0, 336, 627, 50, 1).csvLine())
        .isEqualTo("6,148,72,35,0,33.6,0.627,50,1");
    assertThat(new DiabetesRow(0, 0, 0, 0, 0, 0, 600, 21, 0).csvLine())
        .isEqualTo("0,0,0,0,0,0.0,0.6,21,0");
    assertThat(new DiabetesRow(0, 0, 0, 0, 0, 330, 1000, 21, 0).csvLine())
        .isEqualTo("0,0,0,0,0,33.0,1.0,21,0");
  }

  @Test
  @DisplayName("with upstream's repetition the 10k and 100k prefixes hold base row 0 only")
  void upstreamPrefixes() throws IOException {
    Map<DiabetesSize, DiabetesOracle> oracles =
        DiabetesGenerator.writeSizes(
            dir, 5, DiabetesSpec.UPSTREAM_REPEAT, List.of(DiabetesSize.TEN_K), Progress.NONE);
    Path file = dir.resolve("10k_benchmarking_data.csv");
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(10_001);
    assertThat(new HashSet<>(lines.subList(1, lines.size())))
        .containsExactly(DiabetesBaseTable.synthetic(5).get(0).csvLine());
    assertThat(oracles.get(DiabetesSize.TEN_K).distinctRows()).isEqualTo(1);
    assertThat(DiabetesSize.ONE_M.rows(DiabetesSpec.UPSTREAM_REPEAT)).isEqualTo(1_000_000);
    assertThat(DiabetesSize.FULL.rows(DiabetesSpec.UPSTREAM_REPEAT)).isEqualTo(307_200_000);
  }

  @Test
  @DisplayName("a small repetition covers all 768 base rows in order and the oracle sums the file")
  void oracleSumsTheFile() throws IOException {
    Path file = dir.resolve("d.csv");
    DiabetesOracle oracle =
        DiabetesGenerator.write(file, DiabetesSpec.of(DiabetesSize.TEN_K, 9, 2), Progress.NONE);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo(String.join(",", DiabetesGenerator.COLUMNS));
    assertThat(lines).hasSize(1_537); // 10k clipped to the 768 x 2 rows that exist
    assertThat(lines.get(1)).isEqualTo(lines.get(2));
    assertThat(lines.get(3)).isEqualTo(DiabetesBaseTable.synthetic(9).get(1).csvLine());
    long[] sums = new long[9];
    Set<String> distinct = new HashSet<>(lines.subList(1, lines.size()));
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",");
      for (int i = 0; i < 9; i++) {
        BigDecimal value = new BigDecimal(fields[i]);
        sums[i] += value.movePointRight(i == 5 ? 1 : i == 6 ? 3 : 0).longValueExact();
      }
    }
    assertThat(oracle.rows()).isEqualTo(1_536);
    assertThat(oracle.distinctRows()).isEqualTo(distinct.size());
    assertThat(oracle.columnSums().values())
        .containsExactly(
            sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8]);
  }
}
