package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuClass.BACKFILL;
import static dev.frameports.usage.GpuClass.BACKFILL_CHTC_OWNED;
import static dev.frameports.usage.GpuClass.BACKFILL_OPEN_CAPACITY;
import static dev.frameports.usage.GpuClass.BACKFILL_RESEARCHER_OWNED;
import static dev.frameports.usage.GpuClass.PRIORITY;
import static dev.frameports.usage.GpuClass.PRIORITY_CHTC_OWNED;
import static dev.frameports.usage.GpuClass.PRIORITY_RESEARCHER_OWNED;
import static dev.frameports.usage.GpuClass.SHARED;
import static dev.frameports.usage.legacy.LegacyFixtures.A100;
import static dev.frameports.usage.legacy.LegacyFixtures.V100;
import static dev.frameports.usage.legacy.UsageAssert.assertStats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.HostExclusions;
import dev.frameports.usage.MemoryCategory;
import dev.frameports.usage.UsageStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import joinery.DataFrame;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("device and memory breakdowns (§3.9, §3.10, §5.1, §5.3b, §5.3c, §5.3e)")
class LegacyDeviceAndMemoryTest {
  private final LegacyContext ctx = LegacyContext.defaults();
  private final DataFrame<Object> sample = LegacyFixtures.sampleFrame();

  @Test
  @DisplayName("the enhanced device breakdown matches golden value §5.3b")
  void enhancedDevices() {
    Map<GpuClass, Map<String, UsageStats>> stats =
        LegacyDeviceStats.calculateAllocationUsageByDeviceEnhanced(ctx, sample, "", true);
    assertThat(stats.keySet()).containsExactlyElementsOf(GpuClass.ENHANCED_ITERATION_ORDER);
    assertThat(stats.get(PRIORITY_RESEARCHER_OWNED)).containsOnlyKeys(V100);
    assertStats(stats.get(PRIORITY_RESEARCHER_OWNED).get(V100), 0.5, 1.5, 25.0, 2);
    assertThat(stats.get(SHARED)).containsOnlyKeys(A100);
    assertStats(stats.get(SHARED).get(A100), 1.0, 2.0, 50.0, 2);
    assertThat(stats.get(BACKFILL_OPEN_CAPACITY)).containsOnlyKeys(V100);
    assertStats(stats.get(BACKFILL_OPEN_CAPACITY).get(V100), 0.5, 1.0, 50.0, 2);
    assertThat(stats.get(PRIORITY_CHTC_OWNED)).isEmpty();
    assertThat(stats.get(BACKFILL_CHTC_OWNED)).isEmpty();
    assertThat(stats.get(BACKFILL_RESEARCHER_OWNED)).isEmpty();
  }

  @Test
  @DisplayName("with host1 CHTC-owned the device rows move to PR-CHTC and BF-CHTC")
  void enhancedDevicesChtcVariant() {
    LegacyContext chtc =
        LegacyContext.of(new ChtcOwnedHosts(Set.of("host1.domain.com")), HostExclusions.none());
    Map<GpuClass, Map<String, UsageStats>> stats =
        LegacyDeviceStats.calculateAllocationUsageByDeviceEnhanced(chtc, sample, "", true);
    assertThat(stats.get(PRIORITY_RESEARCHER_OWNED)).isEmpty();
    assertStats(stats.get(PRIORITY_CHTC_OWNED).get(V100), 0.5, 1.5, 25.0, 2);
    assertStats(stats.get(SHARED).get(A100), 1.0, 2.0, 50.0, 2);
    assertThat(stats.get(BACKFILL_OPEN_CAPACITY)).isEmpty();
    assertStats(stats.get(BACKFILL_CHTC_OWNED).get(V100), 0.5, 1.0, 50.0, 2);
  }

  @Test
  @DisplayName("the legacy device breakdown has Priority V100 at 0.5/1.5/25 (§5.1)")
  void legacyDevices() {
    Map<GpuClass, Map<String, UsageStats>> stats =
        LegacyDeviceStats.calculateAllocationUsageByDevice(ctx, sample, "", true);
    assertThat(stats.keySet()).containsExactly(PRIORITY, SHARED, BACKFILL);
    assertThat(stats.get(PRIORITY)).containsOnlyKeys(V100);
    assertStats(stats.get(PRIORITY).get(V100), 0.5, 1.5, 25.0, 2);
    assertStats(stats.get(SHARED).get(A100), 1.0, 2.0, 50.0, 2);
    assertStats(stats.get(BACKFILL).get(V100), 0.5, 1.0, 50.0, 2);
  }

  @Test
  @DisplayName("an old GPU appears only with include_all_devices (§5.1)")
  void oldDeviceFiltering() {
    List<GpuStateRow> rows = new ArrayList<>(LegacyFixtures.sampleRows());
    GpuStateRow first = rows.get(0);
    rows.add(
        new GpuStateRow(
            first.name(),
            "GPU-999",
            null,
            first.state(),
            "GTX 1080 Ti",
            first.globalMemoryMb(),
            first.prioritizedProjects(),
            first.gpusAverageUsage(),
            first.machine(),
            first.remoteOwner(),
            first.globalJobId(),
            first.timestamp()));
    DataFrame<Object> df = LegacyFrames.fromRows(rows);
    for (Map<String, UsageStats> perClass :
        LegacyDeviceStats.calculateAllocationUsageByDevice(ctx, df, "", false).values()) {
      assertThat(perClass).doesNotContainKey("GTX 1080 Ti");
    }
    for (Map<String, UsageStats> perClass :
        LegacyDeviceStats.calculateAllocationUsageByDeviceEnhanced(ctx, df, "", false).values()) {
      assertThat(perClass).doesNotContainKey("GTX 1080 Ti");
    }
    assertThat(LegacyDeviceStats.calculateAllocationUsageByDevice(ctx, df, "", true).get(PRIORITY))
        .containsKey("GTX 1080 Ti");
    assertThat(
            LegacyDeviceStats.calculateAllocationUsageByDeviceEnhanced(ctx, df, "", true)
                .get(PRIORITY_RESEARCHER_OWNED))
        .containsKey("GTX 1080 Ti");
  }

  @Test
  @DisplayName("the device total is a union, so the double-count case gives 2.0 (§5.3e)")
  void deviceDoubleCountCase() {
    DataFrame<Object> df = LegacyFrames.fromRows(LegacyFixtures.doubleCountRows());
    assertStats(
        LegacyDeviceStats.calculateAllocationUsageByDeviceEnhanced(ctx, df, "", true)
            .get(SHARED)
            .get("NVIDIA L40S"),
        1.0,
        2.0,
        50.0,
        1);
  }

  @Test
  @DisplayName("an idle prioritized GPU taken by backfill leaves the device denominator")
  void backfillTakesTheIdlePrimaryOutOfTheDenominator() {
    DataFrame<Object> df =
        LegacyFrames.fromRows(
            List.of(
                LegacyFixtures.row(
                    "slot1@r",
                    "r",
                    "GPU-1",
                    "Unclaimed",
                    "NVIDIA L40S",
                    46068L,
                    "ProjA",
                    null,
                    null,
                    null,
                    LegacyFixtures.T0),
                LegacyFixtures.row(
                    "backfill2_1@r",
                    "r",
                    "GPU-1",
                    "Claimed",
                    "NVIDIA L40S",
                    46068L,
                    "ProjA",
                    0.9,
                    "bf",
                    null,
                    LegacyFixtures.T0),
                LegacyFixtures.row(
                    "slot1_1@r",
                    "r",
                    "GPU-2",
                    "Claimed",
                    "NVIDIA L40S",
                    46068L,
                    "ProjA",
                    0.9,
                    "u",
                    null,
                    LegacyFixtures.T0)));
    Map<GpuClass, Map<String, UsageStats>> devices =
        LegacyDeviceStats.calculateAllocationUsageByDeviceEnhanced(ctx, df, "", true);
    assertStats(devices.get(PRIORITY_RESEARCHER_OWNED).get("NVIDIA L40S"), 1.0, 1.0, 100.0, 1);
    Map<GpuClass, UsageStats> allocation =
        LegacyAllocation.calculateAllocationUsageEnhanced(ctx, df, "");
    assertStats(allocation.get(PRIORITY_RESEARCHER_OWNED), 1.0, 2.0, 50.0, 1);
  }

  @Test
  @DisplayName("the memory breakdown matches golden value §5.3c")
  void memory() {
    Map<MemoryCategory, UsageStats> stats =
        LegacyMemoryStats.calculateAllocationUsageByMemory(ctx, sample, "", false);
    assertThat(stats).containsOnlyKeys(MemoryCategory.BELOW_48GB);
    assertStats(stats.get(MemoryCategory.BELOW_48GB), 1.5, 3.5, 300.0 / 7, 2);
  }

  @Test
  @DisplayName("the memory breakdown of the double-count case is 1.0/2.0/50 (§5.3e)")
  void memoryDoubleCountCase() {
    Map<MemoryCategory, UsageStats> stats =
        LegacyMemoryStats.calculateAllocationUsageByMemory(
            ctx, LegacyFrames.fromRows(LegacyFixtures.doubleCountRows()), "", true);
    assertThat(stats).containsOnlyKeys(MemoryCategory.GB_48);
    assertStats(stats.get(MemoryCategory.GB_48), 1.0, 2.0, 50.0, 1);
  }

  @Test
  @DisplayName("memory divides by buckets with data, sums classes, takes the ratio of averages")
  void memoryAveraging() {
    List<GpuStateRow> rows = new ArrayList<>(LegacyFixtures.sampleRows());
    // an Unknown-memory GPU (NULL MB) in a third bucket, and an old GPU that include_all=false
    // keeps
    rows.add(
        LegacyFixtures.row(
            "slot5@host2.domain.com",
            "host2.domain.com",
            "GPU-010",
            "Claimed",
            "Tesla P100-PCIE-16GB",
            null,
            "",
            0.5,
            "user5",
            null,
            LegacyFixtures.T1.plusMinutes(15)));
    rows.add(
        LegacyFixtures.row(
            "slot6@host2.domain.com",
            "host2.domain.com",
            "GPU-011",
            "Unclaimed",
            "Tesla P100-PCIE-16GB",
            16280L,
            "",
            null,
            "",
            null,
            LegacyFixtures.T1));
    Map<MemoryCategory, UsageStats> stats =
        LegacyMemoryStats.calculateAllocationUsageByMemory(
            ctx, LegacyFrames.fromRows(rows), "", false);
    assertThat(stats.keySet()).containsExactly(MemoryCategory.BELOW_48GB, MemoryCategory.UNKNOWN);
    // <48GB: bucket 10:00 -> 2/4, bucket 10:15 -> 1/4 (GPU-011 joins Shared)
    assertStats(stats.get(MemoryCategory.BELOW_48GB), 1.5, 4.0, 37.5, 2);
    assertStats(stats.get(MemoryCategory.UNKNOWN), 1.0, 1.0, 100.0, 1);
  }

  @Test
  @DisplayName("the report-level golden numbers of §5.3 follow from these results")
  void reportArithmetic() {
    Map<GpuClass, Map<String, UsageStats>> devices =
        LegacyDeviceStats.calculateAllocationUsageByDeviceEnhanced(ctx, sample, "", true);
    double realClaimed = 0;
    double realTotal = 0;
    for (GpuClass c : GpuClass.REAL) {
      for (UsageStats s : devices.get(c).values()) {
        realClaimed += s.avgClaimed();
        realTotal += s.avgTotalAvailable();
      }
    }
    UsageAssert.assertClose(realClaimed, 1.5);
    UsageAssert.assertClose(realTotal, 3.5);
    UsageAssert.assertClose(100 * realClaimed / realTotal, 42.857142857142854);
    UsageStats prRo = devices.get(PRIORITY_RESEARCHER_OWNED).get(V100);
    UsageAssert.assertClose(100 * prRo.avgClaimed() / prRo.avgTotalAvailable(), 100.0 / 3);
    double bfClaimed = 0;
    double bfTotal = 0;
    for (GpuClass c : GpuClass.BACKFILL_SLOT_TYPES) {
      for (UsageStats s : devices.get(c).values()) {
        bfClaimed += s.avgClaimed();
        bfTotal += s.avgTotalAvailable();
      }
    }
    UsageAssert.assertClose(bfClaimed, 0.5);
    UsageAssert.assertClose(100 * bfClaimed / bfTotal, 50.0);
    UsageStats memory =
        LegacyMemoryStats.calculateAllocationUsageByMemory(ctx, sample, "", true)
            .get(MemoryCategory.BELOW_48GB);
    UsageAssert.assertClose(100 * memory.avgClaimed() / memory.avgTotalAvailable(), 300.0 / 7);
  }
}
