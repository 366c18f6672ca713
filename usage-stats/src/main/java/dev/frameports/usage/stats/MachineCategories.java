package dev.frameports.usage.stats;

import static dev.frameports.frame.Expr.col;

import dev.frameports.frame.Expr;
import dev.frameports.frame.Frame;
import dev.frameports.frame.JoinType;
import dev.frameports.frame.LazyFrame;
import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.MachineCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Machine ownership categories (usage-stats-spec.md §3.6): {@code filter_df_by_machine_category}
 * and {@code get_machines_by_category}. Nothing in the report uses them.
 */
public final class MachineCategories {
  private MachineCategories() {}

  /**
   * The rows of machines in {@code category}: CHTC Owned = Machine in the set; Researcher Owned =
   * PP not "" and not NULL and not in the set; Open Capacity = PP "" or NULL and not in the set. No
   * host exclusion. Cost: none (lazy).
   */
  public static LazyFrame filterByCategory(
      FilterContext ctx, LazyFrame df, MachineCategory category) {
    Expr owned = GpuPredicates.chtcOwned(ctx.chtcOwned());
    return switch (category) {
      case CHTC_OWNED -> df.filter(owned);
      case RESEARCHER_OWNED -> df.filter(GpuPredicates.ppPresent().and(owned.not()));
      case OPEN_CAPACITY -> df.filter(GpuPredicates.ppEmptyOrNull().and(owned.not()));
    };
  }

  /**
   * Every non-null machine classified by its first non-null PrioritizedProjects (pandas {@code
   * first()} skips nulls), all three categories present, each list sorted. Cost: one plan.
   */
  public static Map<MachineCategory, List<String>> machinesByCategory(
      FilterContext ctx, LazyFrame df) {
    Expr machine = col(GpuColumns.MACHINE);
    Expr pp = col(GpuColumns.PRIORITIZED_PROJECTS);
    LazyFrame machines = df.filter(machine.isNotNull()).select(GpuColumns.MACHINE).unique();
    LazyFrame firstPp =
        df.filter(machine.isNotNull().and(pp.isNotNull()))
            .groupBy(GpuColumns.MACHINE)
            .agg(pp.first().alias("pp"));
    Frame frame = machines.join(firstPp, List.of(GpuColumns.MACHINE), JoinType.LEFT).collect();
    Map<MachineCategory, List<String>> result = new EnumMap<>(MachineCategory.class);
    for (MachineCategory c : MachineCategory.values()) {
      result.put(c, new ArrayList<>());
    }
    for (int r = 0; r < frame.height(); r++) {
      String name = Cells.stringAt(frame, r, GpuColumns.MACHINE);
      String projects = Cells.stringAt(frame, r, "pp");
      result.get(MachineCategory.classify(name, projects, ctx.chtcOwned().hosts())).add(name);
    }
    result.values().forEach(list -> list.sort(Cells.CODE_POINT_ORDER));
    return result;
  }
}
