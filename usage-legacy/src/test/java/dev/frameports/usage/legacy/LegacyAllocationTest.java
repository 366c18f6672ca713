package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuClass.BACKFILL;
import static dev.frameports.usage.GpuClass.BACKFILL_CHTC_OWNED;
import static dev.frameports.usage.GpuClass.BACKFILL_OPEN_CAPACITY;
import static dev.frameports.usage.GpuClass.BACKFILL_RESEARCHER_OWNED;
import static dev.frameports.usage.GpuClass.PRIORITY;
import static dev.frameports.usage.GpuClass.PRIORITY_CHTC_OWNED;
import static dev.frameports.usage.GpuClass.PRIORITY_RESEARCHER_OWNED;
import static dev.frameports.usage.GpuClass.SHARED;
import static dev.frameports.usage.legacy.UsageAssert.assertStats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.HostExclusions;
import dev.frameports.usage.UsageStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("calculate_allocation_usage and its enhanced twin (§3.8, §5.1, §5.3a, §5.3e)")
class LegacyAllocationTest {
  private final LegacyContext ctx = LegacyContext.defaults();

  @Test
  @DisplayName("the legacy allocation of the §5.1 fixture matches upstream")
  void legacyAllocation() {
    Map<GpuClass, UsageStats> stats =
        LegacyAllocation.calculateAllocationUsage(ctx, LegacyFixtures.sampleFrame(), "");
    assertThat(stats.keySet()).containsExactly(PRIORITY, SHARED, BACKFILL);
    assertStats(stats.get(PRIORITY), 0.5, 1.5, 25.0, 2);
    assertStats(stats.get(SHARED), 1.0, 2.5, 125.0 / 3, 2);
    assertStats(stats.get(BACKFILL), 0.5, 1.0, 50.0, 2);
  }

  @Test
  @DisplayName("the enhanced allocation of the §5.1 fixture matches golden value §5.3a")
  void enhancedAllocation() {
    Map<GpuClass, UsageStats> stats =
        LegacyAllocation.calculateAllocationUsageEnhanced(ctx, LegacyFixtures.sampleFrame(), "");
    assertThat(stats.keySet()).containsExactlyElementsOf(GpuClass.ENHANCED_ITERATION_ORDER);
    assertStats(stats.get(PRIORITY_RESEARCHER_OWNED), 0.5, 1.5, 25.0, 2);
    assertStats(stats.get(PRIORITY_CHTC_OWNED), 0, 0, 0, 2);
    assertStats(stats.get(SHARED), 1.0, 2.5, 41.666666666666664, 2);
    assertStats(stats.get(BACKFILL_CHTC_OWNED), 0, 0, 0, 2);
    assertStats(stats.get(BACKFILL_RESEARCHER_OWNED), 0, 0, 0, 2);
    assertStats(stats.get(BACKFILL_OPEN_CAPACITY), 0.5, 1.0, 50.0, 2);
  }

  @Test
  @DisplayName("with host1 CHTC-owned the PR-RO numbers move to PR-CHTC and BF-Open to BF-CHTC")
  void chtcOwnedVariant() {
    LegacyContext chtc =
        LegacyContext.of(new ChtcOwnedHosts(Set.of("host1.domain.com")), HostExclusions.none());
    Map<GpuClass, UsageStats> stats =
        LegacyAllocation.calculateAllocationUsageEnhanced(chtc, LegacyFixtures.sampleFrame(), "");
    assertStats(stats.get(PRIORITY_RESEARCHER_OWNED), 0, 0, 0, 2);
    assertStats(stats.get(PRIORITY_CHTC_OWNED), 0.5, 1.5, 25.0, 2);
    assertStats(stats.get(SHARED), 1.0, 2.5, 125.0 / 3, 2);
    assertStats(stats.get(BACKFILL_CHTC_OWNED), 0.5, 1.0, 50.0, 2);
    assertStats(stats.get(BACKFILL_RESEARCHER_OWNED), 0, 0, 0, 2);
    assertStats(stats.get(BACKFILL_OPEN_CAPACITY), 0, 0, 0, 2);
  }

  @Test
  @DisplayName("a GPU Claimed and Unclaimed within one bucket is counted twice (§5.3e)")
  void doubleCountCase() {
    Map<GpuClass, UsageStats> stats =
        LegacyAllocation.calculateAllocationUsageEnhanced(
            ctx, LegacyFrames.fromRows(LegacyFixtures.doubleCountRows()), "");
    assertStats(stats.get(SHARED), 1.0, 3.0, 100.0 / 3, 1);
  }

  @Test
  @DisplayName("an empty frame gives zeros over zero intervals")
  void emptyFrame() {
    for (UsageStats s :
        LegacyAllocation.calculateAllocationUsageEnhanced(ctx, LegacyFrames.empty(), "").values()) {
      assertThat(s).isEqualTo(new UsageStats(0, 0, 0, 0));
    }
    assertThat(LegacyAllocation.calculateAllocationUsage(ctx, LegacyFrames.empty(), ""))
        .containsOnlyKeys(PRIORITY, SHARED, BACKFILL)
        .allSatisfy((c, s) -> assertThat(s.avgClaimed()).isZero());
  }

  @Test
  @DisplayName("odd utilisation values (−0.1, 1.5) do not disturb the allocation")
  void oddUsageValues() {
    List<GpuStateRow> rows = new ArrayList<>();
    for (GpuStateRow r : LegacyFixtures.sampleRows()) {
      Double usage =
          r.gpusAverageUsage() == null ? null : (r.assignedGpus().equals("GPU-001") ? -0.1 : 1.5);
      rows.add(
          new GpuStateRow(
              r.name(),
              r.assignedGpus(),
              r.availableGpus(),
              r.state(),
              r.deviceName(),
              r.globalMemoryMb(),
              r.prioritizedProjects(),
              usage,
              r.machine(),
              r.remoteOwner(),
              r.globalJobId(),
              r.timestamp()));
    }
    Map<GpuClass, UsageStats> stats =
        LegacyAllocation.calculateAllocationUsage(ctx, LegacyFrames.fromRows(rows), "");
    assertStats(stats.get(PRIORITY), 0.5, 1.5, 25.0, 2);
  }

  @Test
  @DisplayName("an empty bucket counts in the averages' denominator but not in the percent")
  void emptyBucketsDiluteAveragesOnly() {
    List<GpuStateRow> rows = new ArrayList<>(LegacyFixtures.sampleRows());
    // a third bucket holding only a Shared GPU: Priority has no rows there
    rows.add(
        LegacyFixtures.row(
            "slot9@host2.domain.com",
            "host2.domain.com",
            "GPU-009",
            "Claimed",
            LegacyFixtures.A100,
            40960L,
            "",
            0.5,
            "user9",
            null,
            LegacyFixtures.T1.plusMinutes(15)));
    Map<GpuClass, UsageStats> stats =
        LegacyAllocation.calculateAllocationUsage(ctx, LegacyFrames.fromRows(rows), "");
    assertStats(stats.get(PRIORITY), 1.0 / 3, 1.0, 25.0, 3);
    assertStats(stats.get(SHARED), 1.0, 6.0 / 3, (100.0 / 3 + 50 + 100) / 3, 3);
  }
}
