package dev.frameports.usage.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frameports.frame.TimestampText;
import dev.frameports.usage.ClassCounts;
import dev.frameports.usage.FilteredHostsInfo;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.MemoryCategory;
import dev.frameports.usage.MonthlySummary;
import dev.frameports.usage.TimeSeriesPoint;
import dev.frameports.usage.UsageStats;
import dev.frameports.usage.UserSlotUsage;
import dev.frameports.usage.UserUsage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The report as JSON, in upstream's result structure and key names ({@code metadata}, {@code
 * device_stats}, {@code memory_stats}, {@code h200_user_stats}, {@code backfill_user_stats}, {@code
 * allocation_stats}, {@code timeseries_data}, {@code monthly_stats}); a section the analysis did
 * not produce is absent. Numbers are written unrounded, except {@code analysis_runtime_seconds},
 * which upstream rounds to 3 decimals. Timestamps are written as pandas prints them ({@code
 * 2025-01-01 10:00:00}, with six fractional digits when there is a fraction); the analysis start
 * and end are ISO-8601.
 */
public final class JsonReportWriter {

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The report as a JSON document (pretty-printed, ending with a newline). */
  public String toJson(UsageReport report) {
    try {
      return mapper.writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the report", e);
    }
  }

  /** Writes the JSON document to {@code target} atomically. */
  public void write(UsageReport report, Path target) {
    ReportFiles.writeText(target, toJson(report));
  }

  /** The report as a Jackson tree. */
  public ObjectNode tree(UsageReport report) {
    ObjectNode root = mapper.createObjectNode();
    root.set("metadata", metadata(report.metadata()));
    root.put("host_filter", report.metadata().hostFilter());
    if (report.deviceStats() != null) {
      root.set("device_stats", deviceStats(report.deviceStats()));
    }
    if (report.memoryStats() != null) {
      root.set("memory_stats", memoryStats(report.memoryStats()));
    }
    if (report.h200UserStats() != null) {
      root.set("h200_user_stats", users(report.h200UserStats()));
    }
    if (report.backfillUserStats() != null) {
      root.set("backfill_user_stats", users(report.backfillUserStats()));
    }
    if (report.allocationStats() != null) {
      ObjectNode node = mapper.createObjectNode();
      report.allocationStats().forEach((c, s) -> node.set(c.key(), stats(s)));
      root.set("allocation_stats", node);
    }
    if (report.timeseries() != null) {
      root.set("timeseries_data", timeseries(report.timeseries()));
    }
    if (report.monthly() != null) {
      root.set("monthly_stats", monthly(report.monthly()));
    }
    return root;
  }

  private ObjectNode metadata(ReportMetadata m) {
    ObjectNode node = mapper.createObjectNode();
    node.put("start_time", pandas(m.startTime()));
    node.put("end_time", pandas(m.endTime()));
    node.put("num_intervals", m.numIntervals());
    node.put("total_records", m.totalRecords());
    node.put("hours_back", m.hoursBack());
    ObjectNode excluded = node.putObject("excluded_hosts");
    m.excludedHosts().patterns().forEach(excluded::put);
    ArrayNode filtered = node.putArray("filtered_hosts_info");
    for (FilteredHostsInfo info : m.filteredHostsInfo()) {
      ObjectNode entry = filtered.addObject();
      entry.put("original_count", info.originalCount());
      entry.put("filtered_count", info.filteredCount());
      ArrayNode hosts = entry.putArray("excluded_hosts");
      info.excludedHosts().forEach(hosts::add);
    }
    node.put(
        "analysis_runtime_seconds",
        new BigDecimal(m.analysisRuntimeSeconds()).setScale(3, RoundingMode.HALF_EVEN));
    node.put("analysis_start_datetime", m.analysisStart().toString());
    node.put("analysis_end_datetime", m.analysisEnd().toString());
    return node;
  }

  private ObjectNode deviceStats(Map<GpuClass, Map<String, UsageStats>> devices) {
    ObjectNode node = mapper.createObjectNode();
    devices.forEach(
        (c, byDevice) -> {
          ObjectNode classNode = node.putObject(c.key());
          byDevice.forEach((device, s) -> classNode.set(device, stats(s)));
        });
    return node;
  }

  private ObjectNode memoryStats(Map<MemoryCategory, UsageStats> memory) {
    ObjectNode node = mapper.createObjectNode();
    memory.forEach((category, s) -> node.set(category.label(), stats(s)));
    return node;
  }

  private ObjectNode stats(UsageStats s) {
    ObjectNode node = mapper.createObjectNode();
    node.put("avg_claimed", s.avgClaimed());
    node.put("avg_total_available", s.avgTotalAvailable());
    node.put("allocation_usage_percent", s.allocationUsagePercent());
    node.put("num_intervals", s.numIntervals());
    return node;
  }

  private ObjectNode users(Map<String, UserUsage> users) {
    ObjectNode node = mapper.createObjectNode();
    users.forEach(
        (user, usage) -> {
          ObjectNode userNode = node.putObject(user);
          userNode.put("total_gpu_hours", usage.totalGpuHours());
          ObjectNode breakdown = userNode.putObject("slot_breakdown");
          for (Map.Entry<GpuClass, UserSlotUsage> e : usage.slotBreakdown().entrySet()) {
            ObjectNode slot = breakdown.putObject(e.getKey().key());
            slot.put("gpu_hours", e.getValue().gpuHours());
            slot.put("percentage", e.getValue().percentage());
          }
        });
    return node;
  }

  private ArrayNode timeseries(List<TimeSeriesPoint> points) {
    ArrayNode rows = mapper.createArrayNode();
    for (TimeSeriesPoint p : points) {
      ObjectNode row = rows.addObject();
      row.put("timestamp", pandas(p.timestamp()));
      counts(row, "priority", p.priority());
      counts(row, "shared", p.shared());
      counts(row, "backfill", p.backfill());
    }
    return rows;
  }

  private static void counts(ObjectNode row, String prefix, ClassCounts c) {
    row.put(prefix + "_claimed", c.claimed());
    row.put(prefix + "_total", c.total());
    row.put(prefix + "_usage_percent", c.usagePercent());
  }

  private ObjectNode monthly(MonthlySummary m) {
    ObjectNode node = mapper.createObjectNode();
    if (m.error() != null) {
      node.put("error", m.error());
    }
    node.put("month", m.month());
    node.put("start_date", pandas(m.startDate()));
    node.put("end_date", pandas(m.endDate()));
    node.put("total_hours", m.totalHours());
    if (m.error() != null) {
      return node;
    }
    node.set("device_stats", deviceStats(m.deviceStats()));
    node.set("memory_stats", memoryStats(m.memoryStats()));
    node.set("h200_user_stats", users(m.h200UserStats()));
    MonthlySummary.DataCoverage coverage = m.dataCoverage();
    if (coverage != null) {
      ObjectNode c = node.putObject("data_coverage");
      c.put("start_time", pandas(coverage.startTime()));
      c.put("end_time", pandas(coverage.endTime()));
      c.put("total_records", coverage.totalRecords());
      c.put("unique_intervals", coverage.uniqueIntervals());
    }
    return node;
  }

  /** pandas' {@code str(Timestamp)}: six fractional digits only when there is a fraction. */
  static String pandas(LocalDateTime t) {
    return TimestampText.format(t);
  }
}
