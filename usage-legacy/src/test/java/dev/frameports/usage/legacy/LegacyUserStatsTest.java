package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuClass.BACKFILL_OPEN_CAPACITY;
import static dev.frameports.usage.GpuClass.BACKFILL_RESEARCHER_OWNED;
import static dev.frameports.usage.GpuClass.PRIORITY_RESEARCHER_OWNED;
import static dev.frameports.usage.GpuClass.SHARED;
import static dev.frameports.usage.legacy.LegacyFixtures.row;
import static dev.frameports.usage.legacy.UsageAssert.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.UserUsage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import joinery.DataFrame;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("per-user GPU-hours (§3.11, §5.3d)")
class LegacyUserStatsTest {
  private static final String H200 = "NVIDIA H200";
  private static final LocalDateTime B0 = LocalDateTime.of(2025, 12, 1, 12, 0);
  private static final LocalDateTime B1 = LocalDateTime.of(2025, 12, 1, 12, 20);
  private final LegacyContext ctx = LegacyContext.defaults();

  /** Two buckets of an H200 researcher machine (h200a) and an open one (h200b). */
  private static List<GpuStateRow> h200Rows() {
    String a = "h200a.wisc.edu";
    String b = "h200b.wisc.edu";
    return new ArrayList<>(
        List.of(
            row(
                "slot1_1@" + a,
                a,
                "GPU-A",
                "Claimed",
                H200,
                143771L,
                "ProjA",
                0.9,
                "alice",
                "j1",
                B0),
            row(
                "slot1_1@" + a,
                a,
                "GPU-B",
                "Claimed",
                H200,
                143771L,
                "ProjA",
                0.9,
                "alice",
                "j1",
                B0),
            row("slot1_2@" + a, a, "GPU-C", "Claimed", H200, 143771L, "ProjA", 0.9, null, "j2", B0),
            row("slot1_3@" + a, a, "GPU-D", "Claimed", H200, 143771L, "ProjA", 0.9, "", "j3", B0),
            row(
                "backfill2_1@" + a,
                a,
                "GPU-E",
                "Claimed",
                H200,
                143771L,
                "ProjA",
                0.9,
                "carol",
                "j4",
                B0),
            row("slot1@" + b, b, "GPU-F", "Unclaimed", H200, 143771L, "", null, null, null, B0),
            row(
                "slot1_1@l40",
                "l40",
                "GPU-L",
                "Claimed",
                "NVIDIA L40S",
                46068L,
                "",
                0.9,
                "dave",
                "j5",
                B0),
            row(
                "slot1_1@" + a,
                a,
                "GPU-A",
                "Claimed",
                H200,
                143771L,
                "ProjA",
                0.9,
                "alice",
                "j1",
                B1),
            row(
                "backfill2_2@" + a,
                a,
                "GPU-B",
                "Claimed",
                H200,
                143771L,
                "ProjA",
                0.9,
                "alice",
                "j6",
                B1),
            row("slot1_4@" + b, b, "GPU-F", "Claimed", H200, 143771L, "", 0.9, "bob", "j7", B1),
            row(
                "backfill2_1@" + a,
                a,
                "GPU-E",
                "Claimed",
                H200,
                143771L,
                "ProjA",
                0.9,
                "carol",
                "j4",
                B1)));
  }

  @Test
  @DisplayName("H200 hours are distinct GPUs per bucket, summed, over nB buckets times hours_back")
  void h200Breakdown() {
    Map<String, UserUsage> users =
        LegacyUserStats.calculateH200UserBreakdown(ctx, LegacyFrames.fromRows(h200Rows()), "", 24);
    // pandas groupby sorts owners: "" (shown as Unknown) before "alice"
    assertThat(users.keySet()).containsExactly("Unknown", "alice", "bob", "carol");
    UserUsage alice = users.get("alice");
    assertClose(alice.totalGpuHours(), 48.0);
    assertThat(alice.slotBreakdown().keySet())
        .containsExactly(PRIORITY_RESEARCHER_OWNED, BACKFILL_RESEARCHER_OWNED);
    assertClose(alice.slotBreakdown().get(PRIORITY_RESEARCHER_OWNED).gpuHours(), 36.0);
    assertClose(alice.slotBreakdown().get(PRIORITY_RESEARCHER_OWNED).percentage(), 75.0);
    assertClose(alice.slotBreakdown().get(BACKFILL_RESEARCHER_OWNED).gpuHours(), 12.0);
    assertClose(alice.slotBreakdown().get(BACKFILL_RESEARCHER_OWNED).percentage(), 25.0);
    assertClose(users.get("Unknown").totalGpuHours(), 12.0);
    assertClose(users.get("bob").slotBreakdown().get(SHARED).gpuHours(), 12.0);
    assertClose(
        users.get("carol").slotBreakdown().get(BACKFILL_RESEARCHER_OWNED).percentage(), 100);
    assertClose(users.get("carol").totalGpuHours(), 24.0);
  }

  @Test
  @DisplayName("the host matches Machine case-insensitively, then Name case-sensitively")
  void h200HostFilter() {
    DataFrame<Object> df = LegacyFrames.fromRows(h200Rows());
    Map<String, UserUsage> lower = LegacyUserStats.calculateH200UserBreakdown(ctx, df, "h200b", 24);
    assertThat(lower).containsOnlyKeys("bob");
    assertClose(lower.get("bob").totalGpuHours(), 12.0);
    assertThat(LegacyUserStats.calculateH200UserBreakdown(ctx, df, "H200B", 24)).isEmpty();
  }

  @Test
  @DisplayName("a frame without H200 rows gives no users")
  void noH200() {
    assertThat(
            LegacyUserStats.calculateH200UserBreakdown(ctx, LegacyFixtures.sampleFrame(), "", 24))
        .isEmpty();
  }

  @Test
  @DisplayName("the backfill users of the §5.1 fixture match golden value §5.3d")
  void backfillUsersOfTheFixture() {
    Map<String, UserUsage> users =
        LegacyUserStats.calculateBackfillUsageByUser(
            ctx, LegacyFixtures.sampleFrame(), "", 1, false);
    assertThat(users).containsOnlyKeys("user3");
    assertClose(users.get("user3").totalGpuHours(), 0.5);
    assertThat(users.get("user3").slotBreakdown()).containsOnlyKeys(BACKFILL_OPEN_CAPACITY);
    assertClose(users.get("user3").slotBreakdown().get(BACKFILL_OPEN_CAPACITY).gpuHours(), 0.5);
    assertClose(users.get("user3").slotBreakdown().get(BACKFILL_OPEN_CAPACITY).percentage(), 100);
  }

  @Test
  @DisplayName("old GPUs leave the backfill users unless include_all_devices")
  void backfillUsersOldGpus() {
    List<GpuStateRow> rows = h200Rows();
    rows.add(
        row(
            "backfill2_1@old",
            "old",
            "GPU-O",
            "Claimed",
            "NVIDIA A40",
            46068L,
            "",
            0.9,
            "erin",
            "j8",
            B0));
    DataFrame<Object> df = LegacyFrames.fromRows(rows);
    Map<String, UserUsage> filtered =
        LegacyUserStats.calculateBackfillUsageByUser(ctx, df, "", 24, false);
    assertThat(filtered.keySet()).containsExactly("carol", "alice");
    assertClose(filtered.get("carol").totalGpuHours(), 24.0);
    assertClose(filtered.get("alice").totalGpuHours(), 12.0);
    Map<String, UserUsage> all =
        LegacyUserStats.calculateBackfillUsageByUser(ctx, df, "", 24, true);
    assertThat(all.keySet()).containsExactly("carol", "alice", "erin");
    assertClose(all.get("erin").slotBreakdown().get(BACKFILL_OPEN_CAPACITY).gpuHours(), 12.0);
  }

  @Test
  @DisplayName("an empty frame gives no backfill users")
  void emptyBackfillUsers() {
    assertThat(
            LegacyUserStats.calculateBackfillUsageByUser(ctx, LegacyFrames.empty(), "", 24, true))
        .isEmpty();
  }
}
