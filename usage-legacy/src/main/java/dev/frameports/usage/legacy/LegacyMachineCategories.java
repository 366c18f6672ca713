package dev.frameports.usage.legacy;

import static dev.frameports.usage.legacy.LegacyFrames.MACHINE;
import static dev.frameports.usage.legacy.LegacyFrames.PRIORITIZED_PROJECTS;

import dev.frameports.usage.MachineCategory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import joinery.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * The machine-category helpers of §3.6. Nothing in the report uses them; they exist for the tests.
 * Unlike the filters they apply no host exclusion and no dedup.
 */
public final class LegacyMachineCategories {
  private LegacyMachineCategories() {}

  /**
   * {@code classify_machine_category}: chtc_owned, else a PP non-blank after stripping is
   * Researcher Owned, else Open Capacity. Whitespace-only PP is Open Capacity here (unlike the
   * filters); NULL counts as empty.
   */
  public static MachineCategory classifyMachineCategory(
      LegacyContext ctx, @Nullable String machine, @Nullable String prioritizedProjects) {
    return MachineCategory.classify(machine, prioritizedProjects, ctx.chtcOwned().hosts());
  }

  /**
   * {@code filter_df_by_machine_category}: "CHTC Owned" = Machine in the set; "Researcher Owned" =
   * PP neither "" nor NULL (whitespace counts) and not in the set; "Open Capacity" = PP "" or NULL
   * and not in the set; any other category label returns a copy unchanged.
   */
  public static DataFrame<Object> filterDfByMachineCategory(
      LegacyContext ctx, DataFrame<Object> df, String category) {
    LegacyFrames.requireLayout(df);
    if (MachineCategory.CHTC_OWNED.label().equals(category)) {
      return df.select(row -> LegacyPredicates.chtcOwned(ctx, row));
    }
    if (MachineCategory.RESEARCHER_OWNED.label().equals(category)) {
      return df.select(
          row -> LegacyPredicates.ppPresent(row) && !LegacyPredicates.chtcOwned(ctx, row));
    }
    if (MachineCategory.OPEN_CAPACITY.label().equals(category)) {
      return df.select(
          row -> LegacyPredicates.ppEmptyOrNull(row) && !LegacyPredicates.chtcOwned(ctx, row));
    }
    return df.select(row -> true);
  }

  /**
   * {@code get_machines_by_category}: group by Machine (NULL machines dropped, as pandas groupby),
   * take the first non-null PP of each (pandas {@code first()} skips nulls), classify, and return
   * all three categories in enum order, each list sorted ascending (possibly empty).
   */
  public static Map<MachineCategory, List<String>> getMachinesByCategory(
      LegacyContext ctx, DataFrame<Object> df) {
    LegacyFrames.requireLayout(df);
    Map<MachineCategory, List<String>> result = new LinkedHashMap<>();
    for (MachineCategory category : MachineCategory.values()) {
      result.put(category, new ArrayList<>());
    }
    if (df.isEmpty()) {
      return result;
    }
    Map<Object, DataFrame<Object>> groups = df.groupBy(row -> row.get(MACHINE)).explode();
    groups.forEach(
        (machine, rows) -> {
          if (machine == null) {
            return;
          }
          String firstPp = null;
          for (List<Object> row : rows) {
            if (row.get(PRIORITIZED_PROJECTS) != null) {
              firstPp = LegacyFrames.text(row, PRIORITIZED_PROJECTS);
              break;
            }
          }
          result
              .get(classifyMachineCategory(ctx, machine.toString(), firstPp))
              .add(machine.toString());
        });
    result.values().forEach(list -> list.sort(LegacyFrames.CODE_POINT_ORDER));
    return result;
  }
}
