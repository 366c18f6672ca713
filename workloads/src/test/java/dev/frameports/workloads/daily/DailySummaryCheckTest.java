package dev.frameports.workloads.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("DailySummaryCheck")
class DailySummaryCheckTest {
  private static final LocalDate D1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate D2 = LocalDate.of(2024, 1, 2);
  private static final TransactionManifest MANIFEST =
      new TransactionManifest(
          new TransactionSpec(5, 1, 1, D1, 2, 10),
          List.of(new ManifestFile("part-0000/transactions-0000.parquet", 5, 100, "00")),
          List.of(new DailyExpectation(D1, 3, 12, 30_001), new DailyExpectation(D2, 2, 7, 5_000)));

  @TempDir Path temporary;

  private static List<SummaryRow> right() {
    return new ArrayList<>(
        List.of(new SummaryRow(D1, 3, 3, 300.01, 12), new SummaryRow(D2, 2, 2, 50.0, 7)));
  }

  @Test
  @DisplayName("accepts the oracle's own CSV and the right rows")
  void acceptsRightOutput() throws Exception {
    Path csv = Files.writeString(temporary.resolve("expected.csv"), MANIFEST.expectedCsv());
    assertThat(DailySummaryCheck.differences(csv, MANIFEST)).isEmpty();
    assertThat(DailySummaryCheck.differences(right(), MANIFEST)).isEmpty();
  }

  @Test
  @DisplayName("reports a wrong count, quantity or amount (one cent off), naming the day")
  void reportsWrongValues() {
    List<SummaryRow> rows = right();
    rows.set(0, new SummaryRow(D1, 4, 3, 300.02, 13));
    assertThat(DailySummaryCheck.differences(rows, MANIFEST))
        .containsExactly(
            "2024-01-01: transaction_count 4, expected 3",
            "2024-01-01: total_order_qty 13, expected 12",
            "2024-01-01: total_order_amount 300.02, expected 300.01");
  }

  @Test
  @DisplayName("reports a missing, an extra and a repeated day, and a wrong order")
  void reportsDatesAndOrder() {
    List<SummaryRow> rows = right();
    rows.remove(1);
    rows.add(new SummaryRow(D2.plusDays(5), 1, 1, 400.0, 1));
    assertThat(DailySummaryCheck.differences(rows, MANIFEST))
        .containsExactly(
            "2024-01-02: missing (expected 2 rows)",
            "2024-01-07: not in the oracle (no generated row has this date)",
            "order: row 2 (2024-01-07, 400.0) must come before row 1 (2024-01-01, 300.01):"
                + " amount descending, then date");
    List<SummaryRow> twice = right();
    twice.add(twice.get(1));
    assertThat(DailySummaryCheck.differences(twice, MANIFEST))
        .contains("2024-01-02: appears more than once");
  }

  @Test
  @DisplayName("rejects a CSV with another header, naming the file and line")
  void rejectsWrongHeader() throws Exception {
    Path csv = Files.writeString(temporary.resolve("x.csv"), "day,n\n2024-01-01,3\n");
    assertThatThrownBy(() -> DailySummaryCheck.differences(csv, MANIFEST))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(csv + ", line 1");
  }

  @Test
  @DisplayName("checks cents exactly at bench size, where the double error bound is below 0.5")
  void boundAtBenchSize() {
    // a bench day: about 274,000 rows of 500.50 on average
    DailyExpectation bench = new DailyExpectation(D1, 274_000, 1_507_000, 13_713_700_000L);
    assertThat(DailySummaryCheck.errorBoundCents(bench)).isLessThan(0.5).isGreaterThan(0.3);
    DailyExpectation terabyte = new DailyExpectation(D1, 68_000_000, 1, 3_400_000_000_000L);
    assertThat(DailySummaryCheck.errorBoundCents(terabyte)).isGreaterThan(0.5);
  }
}
