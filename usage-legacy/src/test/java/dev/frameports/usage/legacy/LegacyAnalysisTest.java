package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuClass.BACKFILL_OPEN_CAPACITY;
import static dev.frameports.usage.GpuClass.PRIORITY_RESEARCHER_OWNED;
import static dev.frameports.usage.GpuClass.SHARED;
import static dev.frameports.usage.legacy.LegacyFixtures.A100;
import static dev.frameports.usage.legacy.LegacyFixtures.T0;
import static dev.frameports.usage.legacy.LegacyFixtures.T1;
import static dev.frameports.usage.legacy.LegacyFixtures.V100;
import static dev.frameports.usage.legacy.UsageAssert.assertStats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.usage.AnalysisRequest;
import dev.frameports.usage.FilteredHostsInfo;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.HostExclusions;
import dev.frameports.usage.MemoryCategory;
import dev.frameports.usage.report.AnalysisType;
import dev.frameports.usage.report.TextReportRenderer;
import dev.frameports.usage.report.UsageReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("run_analysis on the oracle (§3.13, §5.1, §5.3 report lines)")
class LegacyAnalysisTest {
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void writeFixture() throws Exception {
    db = LegacyFixtures.writeDatabase(dir.resolve("test.db"), LegacyFixtures.sampleRows(), false);
  }

  private AnalysisRequest request(AnalysisType type, boolean groupByDevice, boolean allDevices) {
    return new AnalysisRequest(
        db, 1, "", type, 15, null, groupByDevice, allDevices, HostExclusions.none());
  }

  @Test
  @DisplayName("allocation without grouping: 2 intervals, 9 records, the six classes (§5.1, §5.3a)")
  void allocationSummary() {
    UsageReport report = LegacyAnalysis.run(request(AnalysisType.ALLOCATION, false, false));
    assertThat(report.metadata().numIntervals()).isEqualTo(2);
    assertThat(report.metadata().totalRecords()).isEqualTo(9);
    assertThat(report.metadata().startTime()).isEqualTo(T0);
    assertThat(report.metadata().endTime()).isEqualTo(T1);
    assertThat(report.metadata().hoursBack()).isEqualTo(1);
    assertThat(report.allocationStats()).containsOnlyKeys(GpuClass.CLASS_ORDER);
    assertStats(report.allocationStats().get(PRIORITY_RESEARCHER_OWNED), 0.5, 1.5, 25.0, 2);
    assertStats(report.allocationStats().get(SHARED), 1.0, 2.5, 125.0 / 3, 2);
    assertStats(report.allocationStats().get(BACKFILL_OPEN_CAPACITY), 0.5, 1.0, 50.0, 2);
    assertThat(report.deviceStats()).isNull();
    assertThat(report.timeseries()).isNull();
  }

  @Test
  @DisplayName("grouped by device with all devices: V100 under Priority-ResearcherOwned (§5.3b-d)")
  void groupByDevice() {
    UsageReport report = LegacyAnalysis.run(request(AnalysisType.ALLOCATION, true, true));
    assertStats(report.deviceStats().get(PRIORITY_RESEARCHER_OWNED).get(V100), 0.5, 1.5, 25.0, 2);
    assertStats(report.deviceStats().get(SHARED).get(A100), 1.0, 2.0, 50.0, 2);
    assertStats(report.deviceStats().get(BACKFILL_OPEN_CAPACITY).get(V100), 0.5, 1.0, 50.0, 2);
    assertThat(report.memoryStats()).containsOnlyKeys(MemoryCategory.BELOW_48GB);
    assertStats(report.memoryStats().get(MemoryCategory.BELOW_48GB), 1.5, 3.5, 300.0 / 7, 2);
    assertThat(report.h200UserStats()).isEmpty();
    assertThat(report.backfillUserStats()).containsOnlyKeys("user3");
    UsageAssert.assertClose(report.backfillUserStats().get("user3").totalGpuHours(), 0.5);
  }

  @Test
  @DisplayName("the text report of the fixture prints the §5.3 golden lines")
  void textReportGoldenLines() {
    String text =
        new TextReportRenderer()
            .render(LegacyAnalysis.run(request(AnalysisType.ALLOCATION, true, true)));
    assertThat(text)
        .contains("  TOTAL: 42.9% (1.5/3.5 GPUs)")
        .contains("  Prioritized (Researcher Owned): 33.3% (0.5/1.5 GPUs)")
        .contains("  Open Capacity: 50.0% (1.0/2.0 GPUs)")
        .contains("  <48GB: 42.9% (1.5/3.5 GPUs)")
        .contains("  TOTAL: 50.0% (0.5/1.0 GPUs)")
        .contains("  Backfill (Open Capacity) (1 users): 0.5 GPU-hours (100.0%)");
  }

  @Test
  @DisplayName("timeseries gives the two 15-minute buckets of the fixture (§5.1)")
  void timeseries() {
    UsageReport report = LegacyAnalysis.run(request(AnalysisType.TIMESERIES, false, false));
    assertThat(report.timeseries()).hasSize(2);
    UsageAssert.assertClose(report.timeseries().get(0).priority().usagePercent(), 50.0);
    assertThat(report.timeseries().get(1).backfill().total()).isZero();
  }

  @Test
  @DisplayName("an empty database is the 'No data found' error (§5.1)")
  void emptyDatabase() throws Exception {
    Path empty = LegacyFixtures.writeDatabase(dir.resolve("empty.db"), List.of(), false);
    AnalysisRequest request =
        new AnalysisRequest(
            empty, 24, "", AnalysisType.ALLOCATION, 15, null, true, false, HostExclusions.none());
    assertThatThrownBy(() -> LegacyAnalysis.run(request))
        .isInstanceOf(LegacyNoDataException.class)
        .hasMessage("No data found in the specified time range.");
    assertThatThrownBy(() -> LegacyAnalysis.run(request.withAnalysisType(AnalysisType.MONTHLY)))
        .hasMessage("No data found in the specified time range.");
  }

  @Test
  @DisplayName("exclusions reach every statistic and the metadata lists each distinct drop")
  void exclusionsInTheMetadata() {
    HostExclusions host2 = new HostExclusions(Map.of("host2", "test"));
    AnalysisRequest request =
        new AnalysisRequest(db, 1, "", AnalysisType.ALLOCATION, 15, null, false, false, host2);
    UsageReport report = LegacyAnalysis.run(request);
    assertThat(report.metadata().totalRecords()).isEqualTo(9);
    assertThat(report.metadata().excludedHosts()).isEqualTo(host2);
    assertThat(report.metadata().filteredHostsInfo())
        .containsExactly(
            new FilteredHostsInfo(6, 4, List.of("host2")),
            new FilteredHostsInfo(3, 1, List.of("host2")));
    assertStats(report.allocationStats().get(SHARED), 0, 0.5, 0, 2);
  }

  @Test
  @DisplayName("the chtc_owned file beside the database moves host1 to the CHTC-owned classes")
  void chtcOwnedFileBesideTheDatabase() throws Exception {
    Files.writeString(dir.resolve("chtc_owned"), "\n  host1.domain.com  \n");
    UsageReport report = LegacyAnalysis.run(request(AnalysisType.ALLOCATION, false, false));
    assertStats(report.allocationStats().get(GpuClass.PRIORITY_CHTC_OWNED), 0.5, 1.5, 25.0, 2);
    assertStats(report.allocationStats().get(GpuClass.BACKFILL_CHTC_OWNED), 0.5, 1.0, 50.0, 2);
    assertStats(report.allocationStats().get(PRIORITY_RESEARCHER_OWNED), 0, 0, 0, 2);
  }

  @Test
  @DisplayName("gpu_model_snapshot is refused by run: it has its own entry points")
  void snapshotTypeIsRefused() {
    assertThatThrownBy(
            () -> LegacyAnalysis.run(request(AnalysisType.GPU_MODEL_SNAPSHOT, false, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("snapshot");
  }
}
