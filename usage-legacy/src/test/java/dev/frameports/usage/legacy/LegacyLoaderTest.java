package dev.frameports.usage.legacy;

import static dev.frameports.usage.legacy.LegacyFixtures.T0;
import static dev.frameports.usage.legacy.LegacyFixtures.T1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.usage.GpuStateRow;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import joinery.DataFrame;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("get_time_filtered_data and the monthly files (§3.13, §5.1, §5.4, §7 items 2 and 4)")
class LegacyLoaderTest {
  @TempDir Path dir;

  private final LegacyContext ctx = LegacyContext.defaults();

  private static List<LocalDateTime> timestamps(DataFrame<Object> df) {
    List<LocalDateTime> result = new ArrayList<>();
    for (List<Object> row : df) {
      result.add((LocalDateTime) row.get(LegacyFrames.TIMESTAMP));
    }
    return result;
  }

  @Test
  @DisplayName("one hour back from the latest row reads all nine fixture rows, parsed (§5.1)")
  void hoursBackOneReadsAllRows() throws Exception {
    Path db =
        LegacyFixtures.writeDatabase(dir.resolve("test.db"), LegacyFixtures.sampleRows(), false);
    DataFrame<Object> df = LegacyLoader.getTimeFilteredData(ctx, db, 1, null);
    assertThat(df.length()).isEqualTo(9);
    assertThat(timestamps(df)).allSatisfy(ts -> assertThat(ts).isIn(T0, T1));
    assertThat(LegacyFrames.toRows(df))
        .containsExactlyInAnyOrderElementsOf(LegacyFixtures.sampleRows());
  }

  @Test
  @DisplayName("an end time of 10:10 keeps the six rows at or before it (§5.1)")
  void endTimeBoundsTheWindow() throws Exception {
    Path db =
        LegacyFixtures.writeDatabase(dir.resolve("test.db"), LegacyFixtures.sampleRows(), false);
    LocalDateTime end = LocalDateTime.of(2025, 1, 1, 10, 10);
    DataFrame<Object> df = LegacyLoader.getTimeFilteredData(ctx, db, 1, end);
    assertThat(df.length()).isEqualTo(6);
    assertThat(timestamps(df)).allSatisfy(ts -> assertThat(ts).isBeforeOrEqualTo(end));
  }

  @Test
  @DisplayName("an empty table with only some columns gives an empty frame (§5.1)")
  void emptyTable() throws Exception {
    Path db = dir.resolve("empty.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE gpu_state (Name TEXT, AssignedGPUs TEXT, State TEXT, GPUs_DeviceName TEXT,"
              + " PrioritizedProjects TEXT, GPUsAverageUsage FLOAT, timestamp DATETIME)");
    }
    assertThat(LegacyLoader.getTimeFilteredData(ctx, db, 24, null).length()).isZero();
  }

  @Test
  @DisplayName("the single-month text comparison loses a fraction-less row exactly at the start")
  void singleMonthPathLosesTheRowAtTheStart() throws Exception {
    Path db =
        LegacyFixtures.writeDatabase(dir.resolve("test.db"), LegacyFixtures.sampleRows(), false);
    // start = 10:00 exactly: '2025-01-01 10:00:00' < '2025-01-01 10:00:00.000000' as text
    DataFrame<Object> df = LegacyLoader.getTimeFilteredData(ctx, db, 1, T0.plusHours(1));
    assertThat(timestamps(df)).containsOnly(T1).hasSize(3);
    // with six fractional digits stored, the same window keeps the 10:00 rows
    Path micros =
        LegacyFixtures.writeDatabase(dir.resolve("micros.db"), LegacyFixtures.sampleRows(), true);
    assertThat(LegacyLoader.getTimeFilteredData(ctx, micros, 1, T0.plusHours(1)).length())
        .isEqualTo(9);
  }

  @Test
  @DisplayName("a window across a month boundary reads both monthly files, in time order (§5.4)")
  void windowAcrossTwoMonthlyFiles() throws Exception {
    LocalDateTime december = LocalDateTime.of(2024, 12, 31, 23, 50);
    LocalDateTime january = LocalDateTime.of(2025, 1, 1, 0, 5);
    List<GpuStateRow> decRows =
        LegacyFixtures.at(LegacyFixtures.sampleRows().subList(0, 6), december);
    List<GpuStateRow> janRows =
        LegacyFixtures.at(LegacyFixtures.sampleRows().subList(6, 9), january);
    LegacyFixtures.writeDatabase(dir.resolve("gpu_state_2024-12.db"), decRows, true);
    Path jan = LegacyFixtures.writeDatabase(dir.resolve("gpu_state_2025-01.db"), janRows, true);
    DataFrame<Object> df = LegacyLoader.getTimeFilteredData(ctx, jan, 1, null);
    assertThat(timestamps(df)).hasSize(9).isSorted();
    assertThat(timestamps(df)).startsWith(december).endsWith(january);
    // both bounds inclusive: a window starting exactly at the December rows keeps them
    assertThat(LegacyLoader.getTimeFilteredData(ctx, jan, 1, december.plusHours(1)).length())
        .isEqualTo(9);
    assertThat(
            LegacyLoader.getTimeFilteredData(ctx, jan, 1, december.plusHours(1).plusSeconds(1))
                .length())
        .isEqualTo(3);
  }

  @Test
  @DisplayName("the end time defaults to the newest row of the most recent file, not of --db-path")
  void endTimeComesFromTheMostRecentFile() throws Exception {
    Path older =
        LegacyFixtures.writeDatabase(
            dir.resolve("gpu_state_2025-01.db"), LegacyFixtures.sampleRows(), true);
    LocalDateTime later = LocalDateTime.of(2025, 2, 3, 12, 0);
    LegacyFixtures.writeDatabase(
        dir.resolve("gpu_state_2025-02.db"),
        LegacyFixtures.at(LegacyFixtures.sampleRows(), later),
        true);
    assertThat(LegacyLoader.getLatestTimestampFromMostRecentDb(dir)).contains(later);
    // the window ends in February, so the January file named on the command line gives nothing
    assertThat(LegacyLoader.getTimeFilteredData(ctx, older, 24, null).length()).isZero();
    assertThat(LegacyLoader.getRequiredDatabases(T0, later, dir))
        .containsExactly(dir.resolve("gpu_state_2025-01.db"), dir.resolve("gpu_state_2025-02.db"));
  }
}
