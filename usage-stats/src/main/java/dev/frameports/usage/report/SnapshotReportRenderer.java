package dev.frameports.usage.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frameports.frame.TimestampText;
import dev.frameports.usage.GpuClass;
import dev.frameports.usage.GpuModelSnapshot;
import java.util.List;

/**
 * The {@code gpu_model_snapshot} output (usage-stats-spec.md §3.12): one GPU model at the snapshot
 * closest to a time, or the list of models present then. "Real" is Priority plus Shared, as
 * upstream's {@code print_gpu_model_analysis} sums them. Text, escaped HTML or JSON.
 */
public final class SnapshotReportRenderer {
  private static final String RULE = "=".repeat(70);
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The snapshot as text. */
  public String text(GpuModelSnapshot s) {
    StringBuilder out = new StringBuilder();
    out.append(RULE).append('\n');
    out.append("GPU MODEL SNAPSHOT: ").append(s.gpuModel()).append('\n');
    out.append(RULE).append('\n');
    out.append("Requested time: ").append(TimestampText.format(s.requestedTime())).append('\n');
    out.append("Snapshot time:  ").append(TimestampText.format(s.snapshotTime())).append('\n');
    out.append("Machines: ").append(s.numMachines()).append('\n');
    out.append("Total GPUs: ").append(s.totalGpus()).append('\n');
    out.append("Claimed GPUs: ").append(s.claimedGpus()).append('\n');
    out.append("Unclaimed GPUs: ").append(s.unclaimedGpus()).append('\n');
    out.append("Utilization: ")
        .append(PythonNumbers.fixed(s.utilizationPercent(), 1))
        .append("%\n");
    out.append("Average GPU usage of claimed GPUs: ")
        .append(PythonNumbers.fixed(s.avgGpuUsagePercent(), 1))
        .append("%\n");
    GpuModelSnapshot.ClassTotals priority = totals(s, GpuClass.PRIORITY);
    GpuModelSnapshot.ClassTotals shared = totals(s, GpuClass.SHARED);
    out.append("\nReal slots (Priority + Shared): ")
        .append(priority.claimed() + shared.claimed())
        .append('/')
        .append(priority.total() + shared.total())
        .append(" claimed\n");
    for (GpuClass c : List.of(GpuClass.PRIORITY, GpuClass.SHARED, GpuClass.BACKFILL)) {
      GpuModelSnapshot.ClassTotals t = totals(s, c);
      out.append("  ")
          .append(c.displayName())
          .append(": ")
          .append(t.claimed())
          .append('/')
          .append(t.total())
          .append(" claimed\n");
    }
    out.append("\nActive jobs (").append(s.activeJobs().size()).append("):\n");
    for (GpuModelSnapshot.ActiveJob j : s.activeJobs()) {
      out.append("  ")
          .append(j.assignedGpus())
          .append(" on ")
          .append(j.machine())
          .append(": ")
          .append(j.remoteOwner())
          .append(" (")
          .append(j.globalJobId())
          .append(")\n");
    }
    out.append("\nIdle GPUs (").append(s.inactiveGpus().size()).append("):\n");
    for (GpuModelSnapshot.InactiveGpu g : s.inactiveGpus()) {
      out.append("  ").append(g.assignedGpus()).append(" on ").append(g.machine()).append('\n');
    }
    out.append("\nMachines:\n");
    s.machines().forEach(m -> out.append("  ").append(m).append('\n'));
    return out.toString();
  }

  /** The snapshot as a small HTML page: the text, escaped, preformatted. */
  public String html(GpuModelSnapshot s) {
    return page("GPU model snapshot - " + s.gpuModel(), text(s));
  }

  /** The snapshot as JSON with upstream's key names. */
  public String json(GpuModelSnapshot s) {
    ObjectNode root = mapper.createObjectNode();
    root.put("gpu_model", s.gpuModel());
    root.put("requested_time", TimestampText.format(s.requestedTime()));
    root.put("snapshot_time", TimestampText.format(s.snapshotTime()));
    root.put("total_gpus", s.totalGpus());
    root.put("claimed_gpus", s.claimedGpus());
    root.put("unclaimed_gpus", s.unclaimedGpus());
    root.put("utilization_percent", s.utilizationPercent());
    root.put("avg_gpu_usage_percent", s.avgGpuUsagePercent());
    root.put("num_machines", s.numMachines());
    ObjectNode byClass = root.putObject("by_class");
    s.byClass()
        .forEach(
            (c, t) -> {
              ObjectNode n = byClass.putObject(c.key());
              n.put("total", t.total());
              n.put("claimed", t.claimed());
            });
    ArrayNode machines = root.putArray("machines");
    s.machines().forEach(machines::add);
    ArrayNode active = root.putArray("active_jobs");
    for (GpuModelSnapshot.ActiveJob j : s.activeJobs()) {
      ObjectNode n = active.addObject();
      n.put("RemoteOwner", j.remoteOwner());
      n.put("GlobalJobId", j.globalJobId());
      n.put("AssignedGPUs", j.assignedGpus());
      n.put("Machine", j.machine());
    }
    ArrayNode inactive = root.putArray("inactive_gpus");
    for (GpuModelSnapshot.InactiveGpu g : s.inactiveGpus()) {
      ObjectNode n = inactive.addObject();
      n.put("AssignedGPUs", g.assignedGpus());
      n.put("Machine", g.machine());
    }
    return write(root);
  }

  /** The models present around a time, as text. */
  public String modelsText(List<String> models, java.time.LocalDateTime at, int windowMinutes) {
    StringBuilder out = new StringBuilder();
    out.append("GPU models within ")
        .append(windowMinutes)
        .append(" minutes of ")
        .append(TimestampText.format(at))
        .append(":\n");
    if (models.isEmpty()) {
      out.append("  (none: no snapshot in that window)\n");
    }
    models.forEach(m -> out.append("  ").append(m).append('\n'));
    out.append("Choose one with --gpu-model.\n");
    return out.toString();
  }

  /** The models present around a time, as HTML. */
  public String modelsHtml(List<String> models, java.time.LocalDateTime at, int windowMinutes) {
    return page("GPU models", modelsText(models, at, windowMinutes));
  }

  /** The models present around a time, as JSON. */
  public String modelsJson(List<String> models, java.time.LocalDateTime at, int windowMinutes) {
    ObjectNode root = mapper.createObjectNode();
    root.put("time", TimestampText.format(at));
    root.put("window_minutes", windowMinutes);
    ArrayNode list = root.putArray("gpu_models");
    models.forEach(list::add);
    return write(root);
  }

  private static GpuModelSnapshot.ClassTotals totals(GpuModelSnapshot s, GpuClass c) {
    return s.byClass().getOrDefault(c, new GpuModelSnapshot.ClassTotals(0, 0));
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        + Html.escape(title)
        + "</title></head>\n<body><pre>"
        + Html.escape(body)
        + "</pre></body></html>\n";
  }

  private String write(ObjectNode root) {
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the snapshot", e);
    }
  }
}
