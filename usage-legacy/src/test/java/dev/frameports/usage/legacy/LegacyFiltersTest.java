package dev.frameports.usage.legacy;

import static dev.frameports.usage.GpuClass.BACKFILL;
import static dev.frameports.usage.GpuClass.BACKFILL_CHTC_OWNED;
import static dev.frameports.usage.GpuClass.BACKFILL_OPEN_CAPACITY;
import static dev.frameports.usage.GpuClass.BACKFILL_RESEARCHER_OWNED;
import static dev.frameports.usage.GpuClass.PRIORITY;
import static dev.frameports.usage.GpuClass.PRIORITY_CHTC_OWNED;
import static dev.frameports.usage.GpuClass.PRIORITY_RESEARCHER_OWNED;
import static dev.frameports.usage.GpuClass.SHARED;
import static dev.frameports.usage.legacy.LegacyFixtures.T0;
import static dev.frameports.usage.legacy.LegacyFixtures.ids;
import static dev.frameports.usage.legacy.LegacyFixtures.names;
import static dev.frameports.usage.legacy.LegacyFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.HostExclusions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import joinery.DataFrame;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("filter_df and filter_df_enhanced (§3.3–§3.5, §5.1, §5.3)")
class LegacyFiltersTest {
  private final LegacyContext ctx = LegacyContext.defaults();
  private final DataFrame<Object> sample = LegacyFixtures.sampleFrame();

  private DataFrame<Object> legacy(GpuClass c, String state, String host) {
    return LegacyFilters.filterDf(ctx, sample, c, state, host);
  }

  private DataFrame<Object> enhanced(GpuClass c, String state) {
    return LegacyFilters.filterDfEnhanced(ctx, sample, c, state, "");
  }

  @Test
  @DisplayName("the §5.1 filter_df assertions hold")
  void sampleFilterDfAssertions() {
    DataFrame<Object> priorityClaimed = legacy(PRIORITY, "Claimed", "");
    assertThat(names(priorityClaimed)).containsExactly("slot1@host1.domain.com");
    assertThat(ids(legacy(PRIORITY, "Unclaimed", ""))).containsExactly("GPU-001", "GPU-002");
    assertThat(ids(legacy(SHARED, "Claimed", ""))).containsExactly("GPU-003", "GPU-003");
    assertThat(names(legacy(BACKFILL, "Claimed", "")))
        .containsExactly("slot1_backfill@host1.domain.com");
    assertThat(legacy(PRIORITY, "Claimed", "host1").length()).isEqualTo(1);
    assertThat(legacy(BACKFILL, "", "host1").length()).isEqualTo(2);
  }

  @Test
  @DisplayName("the counting functions return filtered row counts")
  void countsAreRowCounts() {
    assertThat(LegacyFilters.countPrioritized(ctx, sample, "", "")).isEqualTo(3);
    assertThat(LegacyFilters.countShared(ctx, sample, "", "")).isEqualTo(4);
    assertThat(LegacyFilters.countShared(ctx, sample, "Unclaimed", "")).isEqualTo(3);
    assertThat(LegacyFilters.countBackfill(ctx, sample, "", "")).isEqualTo(2);
    assertThat(LegacyFilters.countBackfillResearcherOwned(ctx, sample, "", "")).isZero();
    assertThat(LegacyFilters.countBackfillChtcOwned(ctx, sample, "", "")).isZero();
    assertThat(LegacyFilters.countGlidein(ctx, sample, "", "")).isEqualTo(2);
    assertThat(LegacyFilters.countGlidein(ctx, sample, "Claimed", "")).isEqualTo(1);
  }

  @Test
  @DisplayName("the §5.3 enhanced row counts and id sets hold")
  void enhancedRowCountsAndIds() {
    assertThat(enhanced(PRIORITY_RESEARCHER_OWNED, "").length()).isEqualTo(3);
    assertThat(Set.copyOf(ids(enhanced(PRIORITY_RESEARCHER_OWNED, ""))))
        .containsExactlyInAnyOrder("GPU-001", "GPU-002");
    assertThat(enhanced(PRIORITY_RESEARCHER_OWNED, "Claimed").length()).isEqualTo(1);
    assertThat(enhanced(PRIORITY_RESEARCHER_OWNED, "Unclaimed").length()).isEqualTo(2);
    assertThat(Set.copyOf(ids(enhanced(PRIORITY_RESEARCHER_OWNED, "Unclaimed"))))
        .containsExactlyInAnyOrder("GPU-001", "GPU-002");

    assertThat(enhanced(SHARED, "").length()).isEqualTo(4);
    assertThat(Set.copyOf(ids(enhanced(SHARED, ""))))
        .containsExactlyInAnyOrder("GPU-003", "GPU-004");
    assertThat(enhanced(SHARED, "Claimed").length()).isEqualTo(2);
    assertThat(enhanced(SHARED, "Unclaimed").length()).isEqualTo(3);
    assertThat(Set.copyOf(ids(enhanced(SHARED, "Unclaimed"))))
        .containsExactlyInAnyOrder("GPU-004", "GPU-005");

    assertThat(enhanced(BACKFILL_OPEN_CAPACITY, "").length()).isEqualTo(2);
    assertThat(enhanced(BACKFILL_OPEN_CAPACITY, "Claimed").length()).isEqualTo(1);
    assertThat(enhanced(BACKFILL_OPEN_CAPACITY, "Unclaimed").length()).isEqualTo(1);

    assertThat(enhanced(PRIORITY_CHTC_OWNED, "").length()).isZero();
    assertThat(enhanced(BACKFILL_CHTC_OWNED, "").length()).isZero();
    assertThat(enhanced(BACKFILL_RESEARCHER_OWNED, "").length()).isZero();
  }

  @Test
  @DisplayName("with host1 CHTC-owned, PR-RO rows move to PR-CHTC and BF-Open rows to BF-CHTC")
  void chtcOwnedVariantMovesRows() {
    LegacyContext chtc =
        LegacyContext.of(new ChtcOwnedHosts(Set.of("host1.domain.com")), HostExclusions.none());
    assertThat(
            LegacyFilters.filterDfEnhanced(chtc, sample, PRIORITY_RESEARCHER_OWNED, "", "")
                .length())
        .isZero();
    assertThat(LegacyFilters.filterDfEnhanced(chtc, sample, PRIORITY_CHTC_OWNED, "", "").length())
        .isEqualTo(3);
    assertThat(
            LegacyFilters.filterDfEnhanced(chtc, sample, BACKFILL_OPEN_CAPACITY, "", "").length())
        .isZero();
    assertThat(LegacyFilters.filterDfEnhanced(chtc, sample, BACKFILL_CHTC_OWNED, "", "").length())
        .isEqualTo(2);
    assertThat(LegacyFilters.filterDfEnhanced(chtc, sample, SHARED, "", "").length()).isEqualTo(4);
  }

  @Test
  @DisplayName("a primary Claimed row beats a backfill Claimed row of the same GPU (§5.1)")
  void conflictResolutionKeepsThePrimaryRow() {
    DataFrame<Object> df =
        LegacyFrames.fromRows(
            List.of(
                row("slot1@h", "h", "GPU-001", "Claimed", "X", 1L, "project1", null, "u", null, T0),
                row(
                    "slot1_backfill@h",
                    "h",
                    "GPU-001",
                    "Claimed",
                    "X",
                    1L,
                    "project1",
                    null,
                    "v",
                    null,
                    T0)));
    assertThat(names(LegacyFilters.filterDf(ctx, df, PRIORITY, "", ""))).containsExactly("slot1@h");
  }

  @Test
  @DisplayName("the null-handling case f gives the pandas results")
  void nullHandlingCase() {
    DataFrame<Object> df = LegacyFrames.fromRows(LegacyFixtures.nullHandlingRows());
    DataFrame<Object> priority = LegacyFilters.filterDf(ctx, df, PRIORITY, "", "");
    assertThat(ids(priority)).containsExactly("GPU-1", "GPU-2", null);
    assertThat(names(priority)).containsExactly("slot1@a", "slot1_2@a", "slot1_1@a");
    assertThat(LegacyFilters.filterDf(ctx, df, SHARED, "", "").length()).isZero();
    DataFrame<Object> sharedUnclaimed = LegacyFilters.filterDf(ctx, df, SHARED, "Unclaimed", "");
    assertThat(names(sharedUnclaimed)).containsExactly("backfill2@b");
    assertThat(ids(sharedUnclaimed)).containsExactly("GPU-3");
  }

  @Test
  @DisplayName("NULL PrioritizedProjects counts as prioritized, and only open backfill accepts it")
  void nullPrioritizedProjects() {
    DataFrame<Object> df =
        LegacyFrames.fromRows(
            List.of(
                row("slot1@a", "a", "GPU-1", "Claimed", "X", 1L, null, null, "u", null, T0),
                row("backfill2@a", "a", "GPU-2", "Claimed", "X", 1L, null, null, "u", null, T0),
                row("slot1@b", "b", "GPU-3", "Claimed", "X", 1L, "  ", null, "u", null, T0)));
    assertThat(ids(LegacyFilters.filterDf(ctx, df, PRIORITY, "", "")))
        .containsExactly("GPU-1", "GPU-3");
    assertThat(LegacyFilters.filterDf(ctx, df, SHARED, "", "").length()).isZero();
    assertThat(ids(LegacyFilters.filterDfEnhanced(ctx, df, BACKFILL_OPEN_CAPACITY, "", "")))
        .containsExactly("GPU-2");
    assertThat(LegacyFilters.filterDfEnhanced(ctx, df, BACKFILL_RESEARCHER_OWNED, "", "").length())
        .isZero();
  }

  @Test
  @DisplayName("the dedup trigger is global: a repeat at another timestamp collapses NULL ids")
  void dedupTriggerIsGlobal() {
    List<GpuStateRow> rows =
        new ArrayList<>(
            List.of(
                row("slot1_1@a", "a", null, "Claimed", "X", 1L, "p", null, "u", null, T0),
                row("slot1_2@a", "a", null, "Claimed", "X", 1L, "p", null, "u", null, T0),
                row("slot1@a", "a", "GPU-9", "Unclaimed", "X", 1L, "p", null, null, null, T0)));
    DataFrame<Object> noRepeat = LegacyFrames.fromRows(rows);
    DataFrame<Object> kept = LegacyFilters.filterDf(ctx, noRepeat, PRIORITY, "", "");
    assertThat(ids(kept)).containsExactly(null, null, "GPU-9");

    rows.add(
        row(
            "slot1@a",
            "a",
            "GPU-9",
            "Unclaimed",
            "X",
            1L,
            "p",
            null,
            null,
            null,
            LegacyFixtures.T1));
    DataFrame<Object> collapsed =
        LegacyFilters.filterDf(ctx, LegacyFrames.fromRows(rows), PRIORITY, "", "");
    assertThat(ids(collapsed)).containsExactly("GPU-9", "GPU-9", null);
    assertThat(names(collapsed)).containsExactly("slot1@a", "slot1@a", "slot1_1@a");
  }

  @Test
  @DisplayName(
      "dedup ranks primary Claimed > backfill Claimed > primary Unclaimed > others, ties by input order")
  void dedupRanks() {
    DataFrame<Object> df =
        LegacyFrames.fromRows(
            List.of(
                row("backfill2@a", "a", "GPU-1", "Unclaimed", "X", 1L, "p", null, null, null, T0),
                row("slot1@a", "a", "GPU-1", "Unclaimed", "X", 1L, "p", null, null, null, T0),
                row("slot1@a", "a", "GPU-2", "Drained", "X", 1L, "p", null, null, null, T0),
                row("backfill2@a", "a", "GPU-2", "Unclaimed", "X", 1L, "p", null, null, null, T0),
                row("slot1_1@a", "a", "GPU-3", "Claimed", "X", 1L, "p", null, "u", null, T0),
                row("slot1_2@a", "a", "GPU-3", "Claimed", "X", 1L, "p", null, "v", null, T0)));
    DataFrame<Object> cleaned = LegacyDedup.apply(df);
    assertThat(names(cleaned)).containsExactly("slot1@a", "slot1@a", "slot1_1@a");
    assertThat(new ArrayList<>(cleaned.col("State")))
        .containsExactly("Unclaimed", "Drained", "Claimed");
  }

  @Test
  @DisplayName("an unknown class returns the frame after exclusions only")
  void otherClassesReturnTheCopy() {
    assertThat(
            LegacyFilters.filterDf(ctx, sample, PRIORITY_RESEARCHER_OWNED, "Claimed", "").length())
        .isEqualTo(9);
    assertThat(LegacyFilters.filterDfEnhanced(ctx, sample, BACKFILL, "Claimed", "").length())
        .isEqualTo(9);
  }

  @Test
  @DisplayName("the host filter is a case-sensitive regex on Name")
  void hostFilterIsACaseSensitiveRegexOnName() {
    assertThat(legacy(BACKFILL, "", "host[12]").length()).isEqualTo(2);
    assertThat(legacy(BACKFILL, "", "HOST1").length()).isZero();
    assertThat(legacy(SHARED, "", "^slot3@").length()).isEqualTo(2);
  }

  @Test
  @DisplayName("a frame lacking the gpu_state columns is rejected like a pandas KeyError")
  void missingColumnsAreRejected() {
    DataFrame<Object> partial = new DataFrame<>(List.of("Name", "State"));
    partial.append(Arrays.asList("slot1@a", "Claimed"));
    assertThatThrownBy(() -> LegacyFilters.filterDf(ctx, partial, PRIORITY, "", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AssignedGPUs");
  }
}
