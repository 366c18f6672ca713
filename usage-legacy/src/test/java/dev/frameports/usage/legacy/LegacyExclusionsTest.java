package dev.frameports.usage.legacy;

import static dev.frameports.usage.legacy.LegacyFixtures.T0;
import static dev.frameports.usage.legacy.LegacyFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.FilteredHostsInfo;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.HostExclusions;
import dev.frameports.usage.UsageStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import joinery.DataFrame;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("host exclusions inside every filter call (§3.2, §5.4)")
class LegacyExclusionsTest {
  private static LegacyContext excluding(String... patterns) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String p : patterns) {
      map.put(p, "reason for " + p);
    }
    return LegacyContext.of(ChtcOwnedHosts.none(), new HostExclusions(map));
  }

  private static DataFrame<Object> machines(String... machines) {
    List<dev.frameports.usage.GpuStateRow> rows = new ArrayList<>();
    int i = 0;
    for (String m : machines) {
      rows.add(row("slot1@" + m, m, "GPU-" + i++, "Claimed", "X", 1L, "", null, "u", null, T0));
    }
    return LegacyFrames.fromRows(rows);
  }

  private static List<Object> machinesOf(DataFrame<Object> df) {
    return new ArrayList<>(df.col("Machine"));
  }

  @Test
  @DisplayName("a pattern with regex metacharacters is excluded literally and case-insensitively")
  void metacharactersAreLiteral() {
    LegacyContext ctx = excluding("gpu(bad.chtc.wisc.edu");
    DataFrame<Object> df =
        machines(
            "gpu(bad.chtc.wisc.edu",
            "GPU(BAD.CHTC.WISC.EDU",
            "gpu(badXchtc.wisc.edu",
            "gpu4000.chtc.wisc.edu");
    DataFrame<Object> kept = LegacyFilters.filterDf(ctx, df, GpuClass.PRIORITY_CHTC_OWNED, "", "");
    assertThat(machinesOf(kept)).containsExactly("gpu(badXchtc.wisc.edu", "gpu4000.chtc.wisc.edu");
  }

  @Test
  @DisplayName("several excluded hosts go in one pass and are recorded once per distinct entry")
  void severalHostsOneEntry() {
    LegacyContext ctx = excluding("voyles2000", "gpulab2003", "gpulab2004");
    DataFrame<Object> df =
        machines(
            "voyles2000.chtc.wisc.edu",
            "gpulab2003.chtc.wisc.edu",
            "gpulab2004.chtc.wisc.edu",
            "gpu4000.chtc.wisc.edu");
    DataFrame<Object> df2 =
        machines(
            "voyles2000.chtc.wisc.edu",
            "gpulab2003.chtc.wisc.edu",
            "gpulab2004.chtc.wisc.edu",
            "gpu4000.chtc.wisc.edu",
            "gpu4001.chtc.wisc.edu");
    assertThat(LegacyFilters.countShared(ctx, df, "", "")).isEqualTo(1);
    assertThat(LegacyFilters.countShared(ctx, df, "Claimed", "")).isEqualTo(1);
    assertThat(LegacyFilters.countShared(ctx, df2, "", "")).isEqualTo(2);
    assertThat(ctx.filteredHostsInfo())
        .containsExactly(
            new FilteredHostsInfo(4, 1, List.of("voyles2000", "gpulab2003", "gpulab2004")),
            new FilteredHostsInfo(5, 2, List.of("voyles2000", "gpulab2003", "gpulab2004")));
    ctx.resetFilteredHostsInfo();
    assertThat(ctx.filteredHostsInfo()).isEmpty();
  }

  @Test
  @DisplayName("a call that drops nothing records nothing, and a NULL Machine is kept")
  void nothingDroppedNothingRecorded() {
    LegacyContext ctx = excluding("voyles2000");
    DataFrame<Object> df =
        LegacyFrames.fromRows(
            List.of(row("slot1@x", null, "GPU-1", "Claimed", "X", 1L, "", null, "u", null, T0)));
    assertThat(LegacyFilters.countShared(ctx, df, "", "")).isEqualTo(1);
    assertThat(ctx.filteredHostsInfo()).isEmpty();
  }

  @Test
  @DisplayName("excluding host2 leaves Shared only host1's backfill-claimed GPU as unclaimed")
  void exclusionsApplyInsideStatistics() {
    LegacyContext ctx = excluding("HOST2");
    Map<GpuClass, UsageStats> stats =
        LegacyAllocation.calculateAllocationUsageEnhanced(ctx, LegacyFixtures.sampleFrame(), "");
    // Shared "Unclaimed" also takes Claimed backfill rows with PP == "" (§3.4 (B)): at 10:00 that
    // is host1's GPU-005, so 0 claimed of 1 at 10:00 and nothing at 10:15 -> {0, 0.5, 0%, 2}.
    assertThat(stats.get(GpuClass.SHARED)).isEqualTo(new UsageStats(0, 0.5, 0, 2));
    assertThat(stats.get(GpuClass.PRIORITY_RESEARCHER_OWNED).avgTotalAvailable()).isEqualTo(1.5);
    // per-bucket filter calls: 10:00 drops 6 -> 4, 10:15 drops 3 -> 1
    assertThat(ctx.filteredHostsInfo())
        .containsExactly(
            new FilteredHostsInfo(6, 4, List.of("HOST2")),
            new FilteredHostsInfo(3, 1, List.of("HOST2")));
  }
}
