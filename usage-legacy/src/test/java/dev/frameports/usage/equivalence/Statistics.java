package dev.frameports.usage.equivalence;

import dev.frameports.usage.GpuClass;
import dev.frameports.usage.MachineCategory;
import dev.frameports.usage.legacy.LegacyAllocation;
import dev.frameports.usage.legacy.LegacyClusterStats;
import dev.frameports.usage.legacy.LegacyDeviceStats;
import dev.frameports.usage.legacy.LegacyFilters;
import dev.frameports.usage.legacy.LegacyMachineCategories;
import dev.frameports.usage.legacy.LegacyMemoryStats;
import dev.frameports.usage.legacy.LegacyTimeSeries;
import dev.frameports.usage.legacy.LegacyUserStats;
import dev.frameports.usage.stats.AllocationUsage;
import dev.frameports.usage.stats.BackfillByDay;
import dev.frameports.usage.stats.ClusterTotalsCalculation;
import dev.frameports.usage.stats.DeviceUsage;
import dev.frameports.usage.stats.MachineCategories;
import dev.frameports.usage.stats.MemoryUsage;
import dev.frameports.usage.stats.PerformanceUsages;
import dev.frameports.usage.stats.SlotClassFilters;
import dev.frameports.usage.stats.TimeSeriesUsage;
import dev.frameports.usage.stats.UserGpuHours;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of spec §3 statistics, each with the oracle's function and the port's. The report
 * statistics also run with the dataset's host regex; the row-level filter and count checks run on
 * the hand-made fixtures only (on generated data the report statistics built on them cover them).
 */
final class Statistics {
  private static final List<String> STATES = List.of("", "Claimed", "Unclaimed");

  private Statistics() {}

  static List<Statistic> all() {
    List<Statistic> s = new ArrayList<>();
    filters(s);
    report(s, false);
    report(s, true);
    others(s);
    return List.copyOf(s);
  }

  /** filter_df, filter_df_enhanced and the count_* functions, every class and state. */
  private static void filters(List<Statistic> s) {
    for (GpuClass c : GpuClass.LEGACY) {
      for (String state : STATES) {
        s.add(
            Statistic.fixturesOnly(
                "filter_df(" + c.key() + ", '" + state + "') rows",
                (ctx, df, ds) -> Rows.of(LegacyFilters.filterDf(ctx, df, c, state, "")),
                (ctx, df, ds) -> Rows.of(SlotClassFilters.filterDf(ctx, df, c, state, ""))));
      }
    }
    for (GpuClass c : GpuClass.values()) {
      for (String state : STATES) {
        s.add(
            Statistic.fixturesOnly(
                "filter_df_enhanced(" + c.key() + ", '" + state + "') rows",
                (ctx, df, ds) -> Rows.of(LegacyFilters.filterDfEnhanced(ctx, df, c, state, "")),
                (ctx, df, ds) ->
                    Rows.of(SlotClassFilters.filterDfEnhanced(ctx, df, c, state, ""))));
      }
    }
    for (String state : STATES) {
      String st = "('" + state + "')";
      s.add(
          Statistic.fixturesOnly(
              "count_* " + st,
              (ctx, df, ds) ->
                  List.of(
                      (long) LegacyFilters.countBackfill(ctx, df, state, ds.hostProbe()),
                      (long) LegacyFilters.countShared(ctx, df, state, ds.hostProbe()),
                      (long) LegacyFilters.countPrioritized(ctx, df, state, ds.hostProbe()),
                      (long) LegacyFilters.countBackfillResearcherOwned(ctx, df, state, ""),
                      (long) LegacyFilters.countBackfillChtcOwned(ctx, df, state, ""),
                      (long) LegacyFilters.countGlidein(ctx, df, state, "")),
              (ctx, df, ds) ->
                  List.of(
                      SlotClassFilters.countBackfill(ctx, df, state, ds.hostProbe()),
                      SlotClassFilters.countShared(ctx, df, state, ds.hostProbe()),
                      SlotClassFilters.countPrioritized(ctx, df, state, ds.hostProbe()),
                      SlotClassFilters.countBackfillResearcherOwned(ctx, df, state, ""),
                      SlotClassFilters.countBackfillChtcOwned(ctx, df, state, ""),
                      SlotClassFilters.countGlidein(ctx, df, state, ""))));
    }
    for (MachineCategory category : MachineCategory.values()) {
      s.add(
          Statistic.fixturesOnly(
              "filter_df_by_machine_category(" + category.label() + ") rows",
              (ctx, df, ds) ->
                  Rows.of(
                      LegacyMachineCategories.filterDfByMachineCategory(ctx, df, category.label())),
              (ctx, df, ds) -> Rows.of(MachineCategories.filterByCategory(ctx, df, category))));
    }
  }

  /**
   * The statistics run_analysis reports, with no host filter or with the dataset's. On the larger
   * datasets only those the whole-report comparison does not already make there run: the grouped
   * report covers device statistics without old GPUs, memory, H200 and backfill users.
   */
  private static void report(List<Statistic> s, boolean withHost) {
    String h = withHost ? ", host" : "";
    Statistic.Scope base = withHost ? Statistic.Scope.SMALL : Statistic.Scope.ALL;
    s.add(
        new Statistic(
            "calculate_allocation_usage_enhanced" + (withHost ? "(host)" : ""),
            (ctx, df, ds) ->
                LegacyAllocation.calculateAllocationUsageEnhanced(ctx, df, host(ds, withHost)),
            (ctx, df, ds) -> AllocationUsage.enhanced(ctx, df, host(ds, withHost)),
            base));
    for (boolean all : new boolean[] {false, true}) {
      s.add(
          new Statistic(
              "calculate_allocation_usage_by_device_enhanced(all_devices=" + all + h + ")",
              (ctx, df, ds) ->
                  LegacyDeviceStats.calculateAllocationUsageByDeviceEnhanced(
                      ctx, df, host(ds, withHost), all),
              (ctx, df, ds) -> DeviceUsage.enhanced(ctx, df, host(ds, withHost), all),
              all ? base : Statistic.Scope.SMALL));
      s.add(
          new Statistic(
              "calculate_backfill_usage_by_user(all_devices=" + all + h + ")",
              (ctx, df, ds) ->
                  LegacyUserStats.calculateBackfillUsageByUser(
                      ctx, df, host(ds, withHost), ds.hoursBack(), all),
              (ctx, df, ds) ->
                  UserGpuHours.backfill(ctx, df, host(ds, withHost), ds.hoursBack(), all),
              Statistic.Scope.SMALL));
    }
    s.add(
        new Statistic(
            "calculate_allocation_usage_by_memory" + (withHost ? "(host)" : ""),
            (ctx, df, ds) ->
                LegacyMemoryStats.calculateAllocationUsageByMemory(
                    ctx, df, host(ds, withHost), false),
            (ctx, df, ds) -> MemoryUsage.byMemory(ctx, df, host(ds, withHost)),
            Statistic.Scope.SMALL));
    s.add(
        new Statistic(
            "calculate_h200_user_breakdown" + (withHost ? "(host)" : ""),
            (ctx, df, ds) ->
                LegacyUserStats.calculateH200UserBreakdown(
                    ctx, df, host(ds, withHost), ds.hoursBack()),
            (ctx, df, ds) -> UserGpuHours.h200(ctx, df, host(ds, withHost), ds.hoursBack()),
            Statistic.Scope.SMALL));
    for (int minutes : new int[] {15, 60}) {
      s.add(
          new Statistic(
              "calculate_time_series_usage(bucket_minutes=" + minutes + h + ")",
              (ctx, df, ds) ->
                  LegacyTimeSeries.calculateTimeSeriesUsage(ctx, df, minutes, host(ds, withHost)),
              (ctx, df, ds) -> TimeSeriesUsage.calculate(ctx, df, minutes, host(ds, withHost)),
              minutes == 15 ? base : Statistic.Scope.SMALL));
    }
  }

  /** The §3 functions the report does not use. */
  private static void others(List<Statistic> s) {
    s.add(
        Statistic.of(
            "calculate_allocation_usage",
            (ctx, df, ds) -> LegacyAllocation.calculateAllocationUsage(ctx, df, ""),
            (ctx, df, ds) -> AllocationUsage.legacy(ctx, df, "")));
    for (boolean all : new boolean[] {false, true}) {
      s.add(
          new Statistic(
              "calculate_allocation_usage_by_device(all_devices=" + all + ")",
              (ctx, df, ds) -> LegacyDeviceStats.calculateAllocationUsageByDevice(ctx, df, "", all),
              (ctx, df, ds) -> DeviceUsage.legacy(ctx, df, "", all),
              all ? Statistic.Scope.ALL : Statistic.Scope.SMALL));
    }
    s.add(
        Statistic.of(
            "calculate_unique_cluster_totals_from_raw_data",
            (ctx, df, ds) ->
                LegacyClusterStats.calculateUniqueClusterTotalsFromRawData(ctx, df, ""),
            (ctx, df, ds) -> ClusterTotalsCalculation.uniqueClusterTotals(ctx, df, "")));
    s.add(
        Statistic.of(
            "calculate_performance_usage",
            (ctx, df, ds) -> LegacyClusterStats.calculatePerformanceUsage(ctx, df, ""),
            (ctx, df, ds) -> PerformanceUsages.calculate(ctx, df, "")));
    s.add(
        Statistic.of(
            "analyze_backfill_utilization_by_day",
            (ctx, df, ds) -> LegacyClusterStats.analyzeBackfillUtilizationByDay(ctx, df),
            (ctx, df, ds) -> BackfillByDay.calculate(ctx, df)));
    s.add(
        Statistic.of(
            "get_machines_by_category",
            (ctx, df, ds) -> LegacyMachineCategories.getMachinesByCategory(ctx, df),
            (ctx, df, ds) -> MachineCategories.machinesByCategory(ctx, df)));
  }

  private static String host(Dataset ds, boolean withHost) {
    return withHost ? ds.hostProbe() : "";
  }
}
