package dev.frameports.usage.stats;

import static dev.frameports.usage.stats.UsageStatsAssert.assertStats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.MemoryCategory;
import dev.frameports.usage.UsageStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Usage by device and by memory category (spec §3.9, §3.10, golden §5.3b/c/e)")
class DeviceAndMemoryUsageTest extends BackendTest {

  @OnEveryBackend
  @DisplayName("the enhanced device stats leave the backfill GPU out of the Shared denominator")
  void deviceGolden(String backend) {
    Map<GpuClass, Map<String, UsageStats>> stats =
        DeviceUsage.enhanced(noHosts(), sample(backend), "", true);
    assertThat(stats.keySet()).containsExactlyElementsOf(GpuClass.ENHANCED_ITERATION_ORDER);
    assertThat(stats.get(GpuClass.PRIORITY_RESEARCHER_OWNED)).containsOnlyKeys(SampleGpuData.V100);
    assertStats(
        stats.get(GpuClass.PRIORITY_RESEARCHER_OWNED).get(SampleGpuData.V100), 0.5, 1.5, 25.0, 2);
    assertThat(stats.get(GpuClass.SHARED)).containsOnlyKeys(SampleGpuData.A100);
    assertStats(stats.get(GpuClass.SHARED).get(SampleGpuData.A100), 1.0, 2.0, 50.0, 2);
    assertStats(
        stats.get(GpuClass.BACKFILL_OPEN_CAPACITY).get(SampleGpuData.V100), 0.5, 1.0, 50.0, 2);
    assertThat(stats.get(GpuClass.PRIORITY_CHTC_OWNED)).isEmpty();
    assertThat(stats.get(GpuClass.BACKFILL_CHTC_OWNED)).isEmpty();
    assertThat(stats.get(GpuClass.BACKFILL_RESEARCHER_OWNED)).isEmpty();
  }

  @OnEveryBackend
  @DisplayName("the legacy device stats give Priority V100 25 %")
  void legacyDeviceGolden(String backend) {
    Map<GpuClass, Map<String, UsageStats>> stats =
        DeviceUsage.legacy(noHosts(), sample(backend), "", true);
    assertStats(stats.get(GpuClass.PRIORITY).get(SampleGpuData.V100), 0.5, 1.5, 25.0, 2);
  }

  @OnEveryBackend
  @DisplayName("an old GTX 1080 Ti device is dropped unless all devices are asked for")
  void oldDevicesFiltered(String backend) {
    List<GpuStateRow> rows = new ArrayList<>(SampleGpuData.rows());
    GpuStateRow first = rows.get(0);
    rows.add(
        SampleGpuData.row(
            first.name(),
            first.machine(),
            "GPU-999",
            "Claimed",
            "GTX 1080 Ti",
            11000,
            first.prioritizedProjects(),
            0.5,
            "user1",
            "1",
            first.timestamp()));
    LazyFrame df = load(backend, rows);
    assertThat(DeviceUsage.enhanced(noHosts(), df, "", false).values())
        .allSatisfy(byDevice -> assertThat(byDevice).doesNotContainKey("GTX 1080 Ti"));
    assertThat(DeviceUsage.legacy(noHosts(), df, "", true).get(GpuClass.PRIORITY))
        .containsKey("GTX 1080 Ti");
  }

  @OnEveryBackend
  @DisplayName("memory stats are a ratio of averages over the buckets with data")
  void memoryGolden(String backend) {
    Map<MemoryCategory, UsageStats> stats = MemoryUsage.byMemory(noHosts(), sample(backend), "");
    assertThat(stats).containsOnlyKeys(MemoryCategory.BELOW_48GB);
    assertStats(stats.get(MemoryCategory.BELOW_48GB), 1.5, 3.5, 300.0 / 7, 2);
  }

  @OnEveryBackend
  @DisplayName("device and memory totals are unions within a bucket (§5.3e)")
  void doubleCountProbe(String backend) {
    LazyFrame df = load(backend, DoubleCountProbe.rows());
    assertStats(
        DeviceUsage.enhanced(noHosts(), df, "", true).get(GpuClass.SHARED).get("NVIDIA L40S"),
        1.0,
        2.0,
        50.0,
        1);
    assertStats(
        MemoryUsage.byMemory(noHosts(), df, "").get(MemoryCategory.GB_48), 1.0, 2.0, 50.0, 1);
  }
}
