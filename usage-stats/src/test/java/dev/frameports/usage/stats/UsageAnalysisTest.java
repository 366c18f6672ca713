package dev.frameports.usage.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.usage.AnalysisRequest;
import dev.frameports.usage.FilteredHostsInfo;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.HostExclusions;
import dev.frameports.usage.report.AnalysisType;
import dev.frameports.usage.report.UsageReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@DisplayName("run_analysis end to end on a SQLite file (spec §3.13, §5.1)")
class UsageAnalysisTest extends BackendTest {

  private static AnalysisRequest request(Path db, AnalysisType type, boolean byDevice) {
    return new AnalysisRequest(db, 24, "", type, 15, null, byDevice, true, HostExclusions.none());
  }

  @OnEveryBackend
  @DisplayName("allocation without grouping reports 2 intervals, 9 records and the six classes")
  void allocationSummary(String backend) {
    Path db = writeDatabase(SampleGpuData.rows());
    UsageReport report =
        UsageAnalysis.run(backend(backend), request(db, AnalysisType.ALLOCATION, false));
    assertThat(report.metadata().numIntervals()).isEqualTo(2);
    assertThat(report.metadata().totalRecords()).isEqualTo(9);
    assertThat(report.metadata().startTime()).isEqualTo(SampleGpuData.T0);
    assertThat(report.metadata().endTime()).isEqualTo(SampleGpuData.T1);
    assertThat(report.allocationStats()).containsOnlyKeys(GpuClass.CLASS_ORDER);
  }

  @OnEveryBackend
  @DisplayName("allocation grouped by device has V100 under Prioritized (Researcher Owned)")
  void allocationByDevice(String backend) {
    Path db = writeDatabase(SampleGpuData.rows());
    UsageReport report =
        UsageAnalysis.run(backend(backend), request(db, AnalysisType.ALLOCATION, true));
    assertThat(report.deviceStats().get(GpuClass.PRIORITY_RESEARCHER_OWNED))
        .containsKey(SampleGpuData.V100);
    assertThat(report.memoryStats()).isNotEmpty();
    assertThat(report.backfillUserStats()).containsOnlyKeys("user3");
    assertThat(report.h200UserStats()).isEmpty();
  }

  @OnEveryBackend
  @DisplayName("timeseries mode gives two points")
  void timeseries(String backend) {
    Path db = writeDatabase(SampleGpuData.rows());
    UsageReport report =
        UsageAnalysis.run(backend(backend), request(db, AnalysisType.TIMESERIES, false));
    assertThat(report.timeseries()).hasSize(2);
  }

  @OnEveryBackend
  @DisplayName("an empty database is reported as no data")
  void emptyDatabase(String backend) {
    Path db = writeDatabase(List.of());
    assertThatThrownBy(
            () -> UsageAnalysis.run(backend(backend), request(db, AnalysisType.ALLOCATION, true)))
        .isInstanceOf(NoDataException.class)
        .hasMessageContaining("No data found");
  }

  @OnEveryBackend
  @DisplayName("an excluded host is dropped from every statistic and recorded once per frame")
  void exclusionsAreAppliedAndRecorded(String backend) {
    Path db = writeDatabase(SampleGpuData.rows());
    HostExclusions exclusions = new HostExclusions(Map.of("HOST2.domain", "test"));
    AnalysisRequest request =
        new AnalysisRequest(db, 24, "", AnalysisType.ALLOCATION, 15, null, false, true, exclusions);
    UsageReport report = UsageAnalysis.run(backend(backend), request);
    assertThat(report.metadata().totalRecords()).isEqualTo(9);
    // host2's GPUs are gone; only the backfill-claimed GPU-005 (PP "") is left as Shared capacity
    assertThat(report.allocationStats().get(GpuClass.SHARED).avgClaimed()).isZero();
    assertThat(report.allocationStats().get(GpuClass.SHARED).avgTotalAvailable()).isEqualTo(0.5);
    // per-bucket filter calls: 10:00 has 6 rows (2 excluded), 10:15 has 3 rows (2 excluded)
    assertThat(report.metadata().filteredHostsInfo())
        .containsExactly(
            new FilteredHostsInfo(6, 4, List.of("HOST2.domain")),
            new FilteredHostsInfo(3, 1, List.of("HOST2.domain")));
  }

  @OnEveryBackend
  @DisplayName("an exclusion pattern with regex characters is a literal and does not crash")
  void regexCharactersInExclusions(String backend) {
    Path db = writeDatabase(SampleGpuData.rows());
    HostExclusions exclusions = new HostExclusions(Map.of("gpu(bad.chtc.wisc.edu", "odd"));
    AnalysisRequest request =
        new AnalysisRequest(db, 24, "", AnalysisType.ALLOCATION, 15, null, true, true, exclusions);
    UsageReport report = UsageAnalysis.run(backend(backend), request);
    assertThat(report.metadata().filteredHostsInfo()).isEmpty();
  }
}
