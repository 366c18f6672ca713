package dev.frameports.usage.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Frame;
import dev.frameports.frame.spi.Backend;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.GpuStateRow;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Loading a time window from the monthly SQLite files (spec §3.13, §5.1)")
class GpuStateLoaderTest extends BackendTest {

  @OnEveryBackend
  @DisplayName("one hour back from the latest timestamp loads all 9 rows with parsed timestamps")
  void loadsTheWholeFixture(String backend) {
    Path db = writeDatabase(SampleGpuData.rows());
    Frame rows = GpuStateLoader.load(backend(backend), db, 1, null).collect();
    assertThat(rows.height()).isEqualTo(9);
    assertThat(rows.schema().field(GpuColumns.TIMESTAMP).type()).isEqualTo(DataType.TIMESTAMP);
  }

  @OnEveryBackend
  @DisplayName("an end time of 10:10 loads the 6 rows at or before it")
  void endTimeBoundsTheWindow(String backend) {
    Path db = writeDatabase(SampleGpuData.rows());
    LocalDateTime end = LocalDateTime.of(2025, 1, 1, 10, 10);
    Frame rows = GpuStateLoader.load(backend(backend), db, 1, end).collect();
    assertThat(rows.height()).isEqualTo(6);
    assertThat(rows.column(GpuColumns.TIMESTAMP))
        .allSatisfy(ts -> assertThat((LocalDateTime) ts).isBeforeOrEqualTo(end));
  }

  @OnEveryBackend
  @DisplayName("a row exactly at the start is lost on the single-month path (text comparison)")
  void singleMonthStartBoundIsTextual(String backend) {
    Path db = writeDatabase(SampleGpuData.rows());
    Frame rows =
        GpuStateLoader.load(backend(backend), db, 1, LocalDateTime.of(2025, 1, 1, 11, 0)).collect();
    assertThat(rows.height()).isEqualTo(3); // the 10:00:00 rows sort before "10:00:00.000000"
  }

  @OnEveryBackend
  @DisplayName("a window across a month boundary reads both monthly files, bounds inclusive")
  void multiMonthWindow(String backend) {
    Path folder = dir.resolve("months-" + backend);
    folder.toFile().mkdirs();
    LocalDateTime dec = LocalDateTime.of(2024, 12, 31, 23, 0);
    LocalDateTime jan = LocalDateTime.of(2025, 1, 1, 1, 0);
    GpuStateDatabase.write(folder.resolve("gpu_state_2024-12.db"), List.of(gpu("GPU-1", dec)));
    Path janDb =
        GpuStateDatabase.write(folder.resolve("gpu_state_2025-01.db"), List.of(gpu("GPU-2", jan)));
    Frame rows = GpuStateLoader.load(backend(backend), janDb, 2, null).collect();
    assertThat(rows.column(GpuColumns.ASSIGNED_GPUS)).containsExactly("GPU-1", "GPU-2");
  }

  @OnEveryBackend
  @DisplayName("an empty table with only some of the columns loads as 0 rows of the full schema")
  void emptyPartialTable(String backend) {
    Path folder = dir.resolve("partial-" + backend);
    folder.toFile().mkdirs();
    Path db = folder.resolve("test.db");
    GpuStateDatabase.execute(
        db,
        "CREATE TABLE gpu_state (Name TEXT, AssignedGPUs TEXT, State TEXT, GPUs_DeviceName TEXT,"
            + " PrioritizedProjects TEXT, GPUsAverageUsage FLOAT, timestamp DATETIME)");
    Backend b = backend(backend);
    Frame rows = GpuStateLoader.load(b, db, 24, null).collect();
    assertThat(rows.height()).isZero();
    assertThat(rows.schema()).isEqualTo(GpuStateLoader.SCHEMA);
  }

  private static GpuStateRow gpu(String id, LocalDateTime ts) {
    return SampleGpuData.row("slot1@h", "h", id, "Unclaimed", "D", 1, "", null, null, null, ts);
  }
}
