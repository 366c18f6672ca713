package dev.frameports.usage.stats;

import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.generate.GpuStateDatabaseWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * Writes test rows into a real SQLite file with table {@code gpu_state} declared as pandas' {@code
 * to_sql} declares it; timestamps are stored as text in the given form.
 */
final class GpuStateDatabase {
  private GpuStateDatabase() {}

  /** Writes {@code rows} to {@code file} with timestamps as {@code yyyy-MM-dd HH:mm:ss}. */
  static Path write(Path file, List<GpuStateRow> rows) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      try (Statement st = c.createStatement()) {
        st.execute(GpuStateDatabaseWriter.CREATE_TABLE);
      }
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO gpu_state VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
        for (GpuStateRow row : rows) {
          setText(ps, 1, row.name());
          setText(ps, 2, row.assignedGpus());
          setText(ps, 3, row.availableGpus());
          setText(ps, 4, row.state());
          setText(ps, 5, row.deviceName());
          if (row.globalMemoryMb() == null) {
            ps.setNull(6, Types.BIGINT);
          } else {
            ps.setLong(6, row.globalMemoryMb());
          }
          setText(ps, 7, row.prioritizedProjects());
          if (row.gpusAverageUsage() == null) {
            ps.setNull(8, Types.DOUBLE);
          } else {
            ps.setDouble(8, row.gpusAverageUsage());
          }
          setText(ps, 9, row.machine());
          setText(ps, 10, row.remoteOwner());
          setText(ps, 11, row.globalJobId());
          ps.setString(12, dev.frameports.frame.TimestampText.format(row.timestamp()));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
      return file;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write test database " + file, e);
    }
  }

  /** Runs one statement on {@code file} (e.g. to create an odd table). */
  static void execute(Path file, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql + " on " + file, e);
    }
  }

  private static void setText(PreparedStatement ps, int index, String value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }
}
