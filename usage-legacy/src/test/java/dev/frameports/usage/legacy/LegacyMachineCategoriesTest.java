package dev.frameports.usage.legacy;

import static dev.frameports.usage.MachineCategory.CHTC_OWNED;
import static dev.frameports.usage.MachineCategory.OPEN_CAPACITY;
import static dev.frameports.usage.MachineCategory.RESEARCHER_OWNED;
import static dev.frameports.usage.legacy.LegacyFixtures.T0;
import static dev.frameports.usage.legacy.LegacyFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.usage.ChtcOwnedHosts;
import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.HostExclusions;
import dev.frameports.usage.MachineCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import joinery.DataFrame;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("machine categories (§3.6, §5.2)")
class LegacyMachineCategoriesTest {
  private final LegacyContext ctx =
      LegacyContext.of(new ChtcOwnedHosts(Set.of("hosted1.com")), HostExclusions.none());

  private static GpuStateRow machineRow(String machine, @Nullable String pp, int gpu) {
    return row(
        "slot1@" + machine, machine, "GPU-" + gpu, "Claimed", "X", 1L, pp, null, "u", null, T0);
  }

  private static DataFrame<Object> fourMachines() {
    return LegacyFrames.fromRows(
        List.of(
            machineRow("hosted1.com", "", 1),
            machineRow("research1.com", "alpha", 2),
            machineRow("open1.com", "", 3),
            machineRow("research2.com", "beta", 4)));
  }

  @Test
  @DisplayName("classify_machine_category follows the §5.2 cases")
  void classify() {
    assertThat(LegacyMachineCategories.classifyMachineCategory(ctx, "hosted1.com", "some_project"))
        .isEqualTo(CHTC_OWNED);
    assertThat(
            LegacyMachineCategories.classifyMachineCategory(ctx, "research1.com", "project_alpha"))
        .isEqualTo(RESEARCHER_OWNED);
    assertThat(
            LegacyMachineCategories.classifyMachineCategory(
                ctx, "research1.com", "  project_beta  "))
        .isEqualTo(RESEARCHER_OWNED);
    assertThat(LegacyMachineCategories.classifyMachineCategory(ctx, "open1.com", ""))
        .isEqualTo(OPEN_CAPACITY);
    assertThat(LegacyMachineCategories.classifyMachineCategory(ctx, "open1.com", null))
        .isEqualTo(OPEN_CAPACITY);
    assertThat(LegacyMachineCategories.classifyMachineCategory(ctx, "open1.com", "   "))
        .isEqualTo(OPEN_CAPACITY);
  }

  @Test
  @DisplayName("filter_df_by_machine_category splits the four machines as upstream")
  void filterByCategory() {
    DataFrame<Object> df = fourMachines();
    assertThat(machines(LegacyMachineCategories.filterDfByMachineCategory(ctx, df, "CHTC Owned")))
        .containsExactly("hosted1.com");
    assertThat(
            machines(
                LegacyMachineCategories.filterDfByMachineCategory(ctx, df, "Researcher Owned")))
        .containsExactlyInAnyOrder("research1.com", "research2.com");
    assertThat(
            machines(LegacyMachineCategories.filterDfByMachineCategory(ctx, df, "Open Capacity")))
        .containsExactly("open1.com");
    assertThat(LegacyMachineCategories.filterDfByMachineCategory(ctx, df, "Elsewhere").length())
        .isEqualTo(4);
  }

  @Test
  @DisplayName("get_machines_by_category gives exactly the upstream map")
  void machinesByCategory() {
    List<GpuStateRow> rows = new ArrayList<>(LegacyFrames.toRows(fourMachines()));
    rows.add(machineRow("hosted1.com", "", 5));
    Map<MachineCategory, List<String>> byCategory =
        LegacyMachineCategories.getMachinesByCategory(ctx, LegacyFrames.fromRows(rows));
    assertThat(byCategory)
        .containsExactly(
            Map.entry(CHTC_OWNED, List.of("hosted1.com")),
            Map.entry(RESEARCHER_OWNED, List.of("research1.com", "research2.com")),
            Map.entry(OPEN_CAPACITY, List.of("open1.com")));
  }

  @Test
  @DisplayName("machine lists are sorted and the first non-null PP decides")
  void sortedAndFirstNonNull() {
    DataFrame<Object> df =
        LegacyFrames.fromRows(
            List.of(
                machineRow("z-research.com", "p", 1),
                machineRow("a-research.com", "p", 2),
                machineRow("m-research.com", null, 3),
                machineRow("m-research.com", "p", 4),
                row("slot1@x", null, "GPU-5", "Claimed", "X", 1L, "p", null, "u", null, T0)));
    Map<MachineCategory, List<String>> byCategory =
        LegacyMachineCategories.getMachinesByCategory(LegacyContext.defaults(), df);
    assertThat(byCategory.get(RESEARCHER_OWNED))
        .containsExactly("a-research.com", "m-research.com", "z-research.com");
    assertThat(byCategory.get(CHTC_OWNED)).isEmpty();
    assertThat(byCategory.get(OPEN_CAPACITY)).isEmpty();
  }

  private static List<Object> machines(DataFrame<Object> df) {
    return new ArrayList<>(df.col("Machine"));
  }
}
