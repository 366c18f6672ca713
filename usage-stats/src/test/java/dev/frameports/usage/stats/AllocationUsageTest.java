package dev.frameports.usage.stats;

import static dev.frameports.usage.stats.UsageStatsAssert.assertStats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.usage.GpuClass;
import dev.frameports.usage.UsageStats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Allocation usage per class (spec §3.8, golden values §5.3a)")
class AllocationUsageTest extends BackendTest {

  @OnEveryBackend
  @DisplayName("the enhanced classes match the golden values with no CHTC-owned host")
  void enhancedGolden(String backend) {
    Map<GpuClass, UsageStats> stats = AllocationUsage.enhanced(noHosts(), sample(backend), "");
    assertThat(stats.keySet()).containsExactlyElementsOf(GpuClass.ENHANCED_ITERATION_ORDER);
    assertStats(stats.get(GpuClass.PRIORITY_RESEARCHER_OWNED), 0.5, 1.5, 25.0, 2);
    assertStats(stats.get(GpuClass.PRIORITY_CHTC_OWNED), 0, 0, 0, 2);
    assertStats(stats.get(GpuClass.SHARED), 1.0, 2.5, 125.0 / 3, 2);
    assertStats(stats.get(GpuClass.BACKFILL_CHTC_OWNED), 0, 0, 0, 2);
    assertStats(stats.get(GpuClass.BACKFILL_RESEARCHER_OWNED), 0, 0, 0, 2);
    assertStats(stats.get(GpuClass.BACKFILL_OPEN_CAPACITY), 0.5, 1.0, 50.0, 2);
  }

  @OnEveryBackend
  @DisplayName("a CHTC-owned host1 moves the researcher and open backfill numbers to CHTC")
  void chtcOwnedHostMovesClasses(String backend) {
    Map<GpuClass, UsageStats> stats =
        AllocationUsage.enhanced(chtcOwned(SampleGpuData.HOST1), sample(backend), "");
    assertStats(stats.get(GpuClass.PRIORITY_CHTC_OWNED), 0.5, 1.5, 25.0, 2);
    assertStats(stats.get(GpuClass.PRIORITY_RESEARCHER_OWNED), 0, 0, 0, 2);
    assertStats(stats.get(GpuClass.BACKFILL_CHTC_OWNED), 0.5, 1.0, 50.0, 2);
    assertStats(stats.get(GpuClass.BACKFILL_OPEN_CAPACITY), 0, 0, 0, 2);
    assertStats(stats.get(GpuClass.SHARED), 1.0, 2.5, 125.0 / 3, 2);
  }

  @OnEveryBackend
  @DisplayName("the legacy classes give Priority 25 % and Shared 41.67 %")
  void legacyGolden(String backend) {
    Map<GpuClass, UsageStats> stats = AllocationUsage.legacy(noHosts(), sample(backend), "");
    assertStats(stats.get(GpuClass.PRIORITY), 0.5, 1.5, 25.0, 2);
    assertStats(stats.get(GpuClass.SHARED), 1.0, 2.5, 125.0 / 3, 2);
  }

  @OnEveryBackend
  @DisplayName("a GPU seen Claimed and Unclaimed in one bucket counts twice in the total (§5.3e)")
  void doubleCountProbe(String backend) {
    Map<GpuClass, UsageStats> stats =
        AllocationUsage.enhanced(noHosts(), load(backend, DoubleCountProbe.rows()), "");
    assertStats(stats.get(GpuClass.SHARED), 1.0, 3.0, 100.0 / 3, 1);
  }

  @OnEveryBackend
  @DisplayName("an empty frame gives zeros over zero intervals")
  void emptyInput(String backend) {
    Map<GpuClass, UsageStats> stats =
        AllocationUsage.enhanced(noHosts(), GpuStateLoader.empty(backend(backend)), "");
    assertThat(stats.values()).allSatisfy(s -> assertStats(s, 0, 0, 0, 0));
    assertThat(TimeSeriesUsage.calculate(noHosts(), GpuStateLoader.empty(backend(backend)), 15, ""))
        .isEqualTo(List.of());
  }
}
