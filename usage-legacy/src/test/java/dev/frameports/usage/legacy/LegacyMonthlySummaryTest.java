package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuClass.BACKFILL_OPEN_CAPACITY;
import static dev.frameports.usage.GpuClass.PRIORITY_RESEARCHER_OWNED;
import static dev.frameports.usage.GpuClass.SHARED;
import static dev.frameports.usage.legacy.LegacyFixtures.A100;
import static dev.frameports.usage.legacy.LegacyFixtures.V100;
import static dev.frameports.usage.legacy.UsageAssert.assertStats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.MemoryCategory;
import dev.frameports.usage.MonthlySummary;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("calculate_monthly_summary (§3.12)")
class LegacyMonthlySummaryTest {
  static final LocalDateTime DEC_15 = LocalDateTime.of(2024, 12, 15, 10, 0);
  static final LocalDateTime NEW_YEAR = LocalDateTime.of(2025, 1, 1, 0, 0);

  @TempDir Path dir;

  private final LegacyContext ctx = LegacyContext.defaults();

  /** The §5.1 fixture moved to 15 December, plus an old GPU that only the memory table keeps. */
  private List<GpuStateRow> december() {
    List<GpuStateRow> rows = new ArrayList<>();
    for (GpuStateRow r : LegacyFixtures.sampleRows()) {
      rows.add(
          LegacyFixtures.at(
                  List.of(r),
                  r.timestamp().equals(LegacyFixtures.T0) ? DEC_15 : DEC_15.plusMinutes(15))
              .get(0));
    }
    rows.add(
        LegacyFixtures.row(
            "slot1@old.domain.com",
            "old.domain.com",
            "GPU-099",
            "Claimed",
            "NVIDIA GeForce GTX 1080 Ti",
            11178L,
            "",
            0.5,
            "user9",
            null,
            DEC_15));
    return rows;
  }

  @Test
  @DisplayName("the previous month's device, memory and H200 statistics, old GPUs out of devices")
  void previousMonth() throws Exception {
    LegacyFixtures.writeDatabase(dir.resolve("gpu_state_2024-12.db"), december(), true);
    Path january =
        LegacyFixtures.writeDatabase(
            dir.resolve("gpu_state_2025-01.db"),
            LegacyFixtures.at(LegacyFixtures.sampleRows(), NEW_YEAR.plusDays(4)),
            true);
    MonthlySummary s =
        LegacyMonthlySummary.calculateMonthlySummary(ctx, january, NEW_YEAR.plusDays(4));
    assertThat(s.month()).isEqualTo("December 2024");
    assertThat(s.startDate()).isEqualTo(LocalDateTime.of(2024, 12, 1, 0, 0));
    assertThat(s.endDate()).isEqualTo(LocalDateTime.of(2024, 12, 31, 23, 59, 59));
    assertThat(s.totalHours()).isEqualTo(744);
    assertThat(s.error()).isNull();
    assertStats(s.deviceStats().get(PRIORITY_RESEARCHER_OWNED).get(V100), 0.5, 1.5, 25.0, 2);
    assertStats(s.deviceStats().get(SHARED).get(A100), 1.0, 2.0, 50.0, 2);
    assertStats(s.deviceStats().get(BACKFILL_OPEN_CAPACITY).get(V100), 0.5, 1.0, 50.0, 2);
    assertThat(s.deviceStats().values()).allSatisfy(m -> assertThat(m).hasSizeLessThanOrEqualTo(1));
    // the GTX 1080 Ti (11178 MB, <48GB, Shared, Claimed at 10:00) stays in the memory table
    assertStats(s.memoryStats().get(MemoryCategory.BELOW_48GB), 2.0, 4.0, 50.0, 2);
    assertThat(s.h200UserStats()).isEmpty();
    assertThat(s.dataCoverage())
        .isEqualTo(new MonthlySummary.DataCoverage(DEC_15, DEC_15.plusMinutes(15), 10, 0));
  }

  @Test
  @DisplayName("a row exactly at midnight of the next month is inside the month's data")
  void inclusiveUpperBound() throws Exception {
    LegacyFixtures.writeDatabase(dir.resolve("gpu_state_2024-12.db"), december(), true);
    Path january =
        LegacyFixtures.writeDatabase(
            dir.resolve("gpu_state_2025-01.db"),
            LegacyFixtures.at(LegacyFixtures.sampleRows().subList(0, 1), NEW_YEAR),
            true);
    MonthlySummary s = LegacyMonthlySummary.calculateMonthlySummary(ctx, january, null);
    assertThat(s.month()).isEqualTo("December 2024");
    assertThat(s.dataCoverage().totalRecords()).isEqualTo(11);
    assertThat(s.dataCoverage().endTime()).isEqualTo(NEW_YEAR);
  }

  @Test
  @DisplayName("a month without rows gives the 'No data found for <Month YYYY>' summary")
  void noData() throws Exception {
    Path january =
        LegacyFixtures.writeDatabase(
            dir.resolve("gpu_state_2025-01.db"),
            LegacyFixtures.at(LegacyFixtures.sampleRows(), NEW_YEAR.plusDays(4)),
            true);
    MonthlySummary s =
        LegacyMonthlySummary.calculateMonthlySummary(
            ctx, january, LocalDateTime.of(2025, 3, 5, 0, 0));
    assertThat(s.error()).isEqualTo("No data found for February 2025");
    assertThat(s.totalHours()).isEqualTo(28 * 24);
    assertThat(s.dataCoverage()).isNull();
  }
}
