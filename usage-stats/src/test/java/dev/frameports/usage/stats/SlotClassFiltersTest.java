package dev.frameports.usage.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.PlanException;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.GpuStateRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;

@DisplayName("filter_df and filter_df_enhanced on the upstream fixture (spec §5.1, §5.3)")
class SlotClassFiltersTest extends BackendTest {

  private static List<Object> ids(LazyFrame frame) {
    Frame f = frame.collect();
    List<Object> ids = new ArrayList<>(f.column(GpuColumns.ASSIGNED_GPUS));
    ids.sort((a, b) -> a == null ? 1 : b == null ? -1 : ((String) a).compareTo((String) b));
    return ids;
  }

  @OnEveryBackend
  @DisplayName("filter_df keeps the rows of the upstream assertions")
  void legacyFilterRowCounts(String backend) {
    LazyFrame df = sample(backend);
    FilterContext ctx = noHosts();
    assertThat(ids(SlotClassFilters.filterDf(ctx, df, GpuClass.PRIORITY, "Claimed", "")))
        .containsExactly("GPU-001");
    assertThat(ids(SlotClassFilters.filterDf(ctx, df, GpuClass.PRIORITY, "Unclaimed", "")))
        .containsExactly("GPU-001", "GPU-002");
    assertThat(SlotClassFilters.countShared(ctx, df, "Claimed", "")).isEqualTo(2);
    assertThat(SlotClassFilters.countBackfill(ctx, df, "Claimed", "")).isEqualTo(1);
    assertThat(SlotClassFilters.countPrioritized(ctx, df, "Claimed", "host1")).isEqualTo(1);
    assertThat(SlotClassFilters.countBackfill(ctx, df, "", "host1")).isEqualTo(2);
  }

  @OnEveryBackend
  @DisplayName("filter_df_enhanced gives the golden row counts and ids of §5.3")
  void enhancedFilterGoldenRows(String backend) {
    LazyFrame df = sample(backend);
    FilterContext ctx = noHosts();
    GpuClass ro = GpuClass.PRIORITY_RESEARCHER_OWNED;
    assertThat(ids(SlotClassFilters.filterDfEnhanced(ctx, df, ro, "", "")))
        .containsExactly("GPU-001", "GPU-001", "GPU-002");
    assertThat(ids(SlotClassFilters.filterDfEnhanced(ctx, df, ro, "Claimed", ""))).hasSize(1);
    assertThat(ids(SlotClassFilters.filterDfEnhanced(ctx, df, ro, "Unclaimed", "")))
        .containsExactly("GPU-001", "GPU-002");
    assertThat(ids(SlotClassFilters.filterDfEnhanced(ctx, df, GpuClass.SHARED, "", "")))
        .containsExactly("GPU-003", "GPU-003", "GPU-004", "GPU-004");
    assertThat(SlotClassFilters.countShared(ctx, df, "Claimed", "")).isEqualTo(2);
    assertThat(ids(SlotClassFilters.filterDfEnhanced(ctx, df, GpuClass.SHARED, "Unclaimed", "")))
        .containsExactly("GPU-004", "GPU-004", "GPU-005");
    assertThat(SlotClassFilters.countGlidein(ctx, df, "", "")).isEqualTo(2);
    assertThat(SlotClassFilters.countGlidein(ctx, df, "Claimed", "")).isEqualTo(1);
    assertThat(SlotClassFilters.countGlidein(ctx, df, "Unclaimed", "")).isEqualTo(1);
  }

  @OnEveryBackend
  @DisplayName("a primary Claimed row wins over a backfill Claimed row of the same GPU")
  void conflictKeepsThePrimaryRow(String backend) {
    List<GpuStateRow> rows =
        List.of(
            SampleGpuData.row(
                "slot1@h",
                "h",
                "GPU-001",
                "Claimed",
                "X",
                1,
                "project1",
                null,
                "u",
                "1",
                SampleGpuData.T0),
            SampleGpuData.row(
                "slot1_backfill@h",
                "h",
                "GPU-001",
                "Claimed",
                "X",
                1,
                "project1",
                null,
                "v",
                "2",
                SampleGpuData.T0));
    Frame kept =
        SlotClassFilters.filterDf(noHosts(), load(backend, rows), GpuClass.PRIORITY, "", "")
            .collect();
    assertThat(kept.column(GpuColumns.NAME)).containsExactly("slot1@h");
  }

  @OnEveryBackend
  @DisplayName("NULL ids collapse per timestamp and NULL PP counts as prioritized (§5.3f)")
  void nullHandlingProbe(String backend) {
    LazyFrame df = load(backend, NullHandlingProbe.rows());
    FilterContext ctx = noHosts();
    Frame priority = SlotClassFilters.filterDf(ctx, df, GpuClass.PRIORITY, "", "").collect();
    assertThat(priority.rows())
        .extracting(r -> r.get(0) + "/" + r.get(1))
        .containsExactlyInAnyOrder("slot1@a/GPU-1", "slot1_2@a/GPU-2", "slot1_1@a/null");
    assertThat(SlotClassFilters.countShared(ctx, df, "", "")).isZero();
    Frame sharedIdle =
        SlotClassFilters.filterDf(ctx, df, GpuClass.SHARED, "Unclaimed", "").collect();
    assertThat(sharedIdle.rows())
        .extracting(r -> r.get(0) + "/" + r.get(1))
        .containsExactly("backfill2@b/GPU-3");
  }

  @OnEveryBackend
  @DisplayName("filtering a frame that lacks PrioritizedProjects is a plan error")
  void missingColumnIsAPlanError(String backend) {
    LazyFrame df = sample(backend).select(GpuColumns.NAME, GpuColumns.STATE, GpuColumns.TIMESTAMP);
    assertThatThrownBy(
            () ->
                SlotClassFilters.filterDf(noHosts(), df, GpuClass.SHARED, "Claimed", "").collect())
        .isInstanceOf(PlanException.class);
  }
}
