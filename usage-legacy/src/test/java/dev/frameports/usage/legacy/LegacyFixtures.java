package dev.frameports.usage.legacy;

import dev.frameports.frame.TimestampText;
import dev.frameports.usage.GpuStateRow;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import joinery.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * The fixtures of usage-stats-spec.md §5.1 and §5.3, as rows, frames and SQLite files. Public for
 * the equivalence suite, which runs the port on the same rows.
 */
public final class LegacyFixtures {
  public static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 1, 10, 0);
  public static final LocalDateTime T1 = LocalDateTime.of(2025, 1, 1, 10, 15);
  public static final String HOST1 = "host1.domain.com";
  public static final String HOST2 = "host2.domain.com";
  public static final String V100 = "Tesla V100-SXM2-32GB";
  public static final String A100 = "Tesla A100-SXM4-40GB";
  public static final String PROJECTS = "project1,project2";

  private LegacyFixtures() {}

  /** A row with the columns the statistics read; AvailableGPUs is left NULL. */
  public static GpuStateRow row(
      @Nullable String name,
      @Nullable String machine,
      @Nullable String gpu,
      @Nullable String state,
      @Nullable String device,
      @Nullable Long mb,
      @Nullable String pp,
      @Nullable Double usage,
      @Nullable String owner,
      @Nullable String job,
      LocalDateTime ts) {
    return new GpuStateRow(name, gpu, null, state, device, mb, pp, usage, machine, owner, job, ts);
  }

  /** The nine rows of {@code sample_gpu_data} (§5.1). */
  public static List<GpuStateRow> sampleRows() {
    return List.of(
        row(
            "slot1@" + HOST1,
            HOST1,
            "GPU-001",
            "Claimed",
            V100,
            32768L,
            PROJECTS,
            0.85,
            "user1",
            "1234.0",
            T0),
        row(
            "slot2@" + HOST1,
            HOST1,
            "GPU-002",
            "Unclaimed",
            V100,
            32768L,
            PROJECTS,
            null,
            "",
            "",
            T0),
        row(
            "slot3@" + HOST2,
            HOST2,
            "GPU-003",
            "Claimed",
            A100,
            40960L,
            "",
            0.65,
            "user2",
            "1235.0",
            T0),
        row("slot4@" + HOST2, HOST2, "GPU-004", "Unclaimed", A100, 40960L, "", null, "", "", T0),
        row(
            "slot1_backfill@" + HOST1,
            HOST1,
            "GPU-005",
            "Claimed",
            V100,
            32768L,
            "",
            0.45,
            "user3",
            "1236.0",
            T0),
        row(
            "slot2_backfill@" + HOST1,
            HOST1,
            "GPU-006",
            "Unclaimed",
            V100,
            32768L,
            "",
            null,
            "",
            "",
            T0),
        row(
            "slot1@" + HOST1,
            HOST1,
            "GPU-001",
            "Unclaimed",
            V100,
            32768L,
            PROJECTS,
            null,
            "",
            "",
            T1),
        row(
            "slot3@" + HOST2,
            HOST2,
            "GPU-003",
            "Claimed",
            A100,
            40960L,
            "",
            0.75,
            "user2",
            "1237.0",
            T1),
        row("slot4@" + HOST2, HOST2, "GPU-004", "Unclaimed", A100, 40960L, "", null, "", "", T1));
  }

  static DataFrame<Object> sampleFrame() {
    return LegacyFrames.fromRows(sampleRows());
  }

  /**
   * §5.3e: open capacity host b, one bucket; GPU-3 Claimed at 10:00:01 and Unclaimed at 10:05:01
   * and 10:10:01, GPU-4 Unclaimed at all three.
   */
  public static List<GpuStateRow> doubleCountRows() {
    List<GpuStateRow> rows = new ArrayList<>();
    String[] gpu3States = {"Claimed", "Unclaimed", "Unclaimed"};
    for (int i = 0; i < 3; i++) {
      LocalDateTime ts = LocalDateTime.of(2025, 1, 1, 10, 5 * i, 1);
      boolean claimed = i == 0;
      rows.add(
          row(
              claimed ? "slot1_1@b" : "slot1@b",
              "b",
              "GPU-3",
              gpu3States[i],
              "NVIDIA L40S",
              46068L,
              "",
              claimed ? 0.9 : null,
              claimed ? "u@x" : "",
              null,
              ts));
      rows.add(
          row("slot1@b", "b", "GPU-4", "Unclaimed", "NVIDIA L40S", 46068L, "", null, "", null, ts));
    }
    return rows;
  }

  /** §5.3f: one timestamp with NULL PP, NULL ids and primary/backfill pairs. */
  public static List<GpuStateRow> nullHandlingRows() {
    return List.of(
        row(
            "slot1@a",
            "a",
            "GPU-1",
            "Unclaimed",
            "NVIDIA L40S",
            46068L,
            null,
            null,
            null,
            null,
            T0),
        row("slot1@a", "a", null, "Unclaimed", "NVIDIA L40S", 46068L, "p", null, null, null, T0),
        row("slot1_1@a", "a", null, "Claimed", "NVIDIA L40S", 46068L, "p", null, "u1", null, T0),
        row("slot1_2@a", "a", "GPU-2", "Claimed", "NVIDIA L40S", 46068L, "p", null, "u2", null, T0),
        row(
            "backfill2_1@a",
            "a",
            "GPU-2",
            "Claimed",
            "NVIDIA L40S",
            46068L,
            "p",
            null,
            "u3",
            null,
            T0),
        row("slot1@b", "b", "GPU-3", "Unclaimed", "NVIDIA L40S", 46068L, "", null, null, null, T0),
        row(
            "backfill2@b",
            "b",
            "GPU-3",
            "Claimed",
            "NVIDIA L40S",
            46068L,
            "",
            null,
            "u4",
            null,
            T0));
  }

  /** The rows at a new timestamp. */
  public static List<GpuStateRow> at(List<GpuStateRow> rows, LocalDateTime ts) {
    List<GpuStateRow> moved = new ArrayList<>();
    for (GpuStateRow r : rows) {
      moved.add(
          new GpuStateRow(
              r.name(),
              r.assignedGpus(),
              r.availableGpus(),
              r.state(),
              r.deviceName(),
              r.globalMemoryMb(),
              r.prioritizedProjects(),
              r.gpusAverageUsage(),
              r.machine(),
              r.remoteOwner(),
              r.globalJobId(),
              ts));
    }
    return moved;
  }

  /**
   * Writes {@code gpu_state} with plain JDBC, as pandas {@code to_sql} on a raw sqlite3 connection
   * would: timestamps as text, without a fraction unless {@code withMicros}.
   */
  public static Path writeDatabase(Path file, List<GpuStateRow> rows, boolean withMicros)
      throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE gpu_state (Name TEXT, AssignedGPUs TEXT, AvailableGPUs TEXT, State TEXT,"
              + " GPUs_DeviceName TEXT, GPUs_GlobalMemoryMb BIGINT, PrioritizedProjects TEXT,"
              + " GPUsAverageUsage FLOAT, Machine TEXT, RemoteOwner TEXT, GlobalJobId TEXT,"
              + " timestamp DATETIME)");
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO gpu_state VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
        for (GpuStateRow r : rows) {
          p.setString(1, r.name());
          p.setString(2, r.assignedGpus());
          p.setString(3, r.availableGpus());
          p.setString(4, r.state());
          p.setString(5, r.deviceName());
          if (r.globalMemoryMb() == null) {
            p.setNull(6, Types.BIGINT);
          } else {
            p.setLong(6, r.globalMemoryMb());
          }
          p.setString(7, r.prioritizedProjects());
          if (r.gpusAverageUsage() == null) {
            p.setNull(8, Types.DOUBLE);
          } else {
            p.setDouble(8, r.gpusAverageUsage());
          }
          p.setString(9, r.machine());
          p.setString(10, r.remoteOwner());
          p.setString(11, r.globalJobId());
          p.setString(
              12,
              withMicros
                  ? TimestampText.formatWithMicros(r.timestamp())
                  : TimestampText.format(r.timestamp()));
          p.addBatch();
        }
        p.executeBatch();
      }
    }
    return file;
  }

  /** The AssignedGPUs of the frame's rows, in row order (NULL kept). */
  static List<@Nullable Object> ids(DataFrame<Object> df) {
    return new ArrayList<>(df.col("AssignedGPUs"));
  }

  /** The Names of the frame's rows, in row order. */
  static List<@Nullable Object> names(DataFrame<Object> df) {
    return new ArrayList<>(df.col("Name"));
  }
}
