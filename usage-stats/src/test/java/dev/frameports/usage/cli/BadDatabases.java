package dev.frameports.usage.cli;

import dev.frameports.usage.generate.GpuStateDatabaseWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Writes small real SQLite files, well-formed or broken in one chosen way. */
final class BadDatabases {
  private BadDatabases() {}

  /** A gpu_state table with the twelve columns and one Claimed row per timestamp given. */
  static Path withTimestamps(Path file, List<String> timestamps) {
    return create(
        file,
        GpuStateDatabaseWriter.CREATE_TABLE,
        "INSERT INTO gpu_state VALUES ('slot1_1@h1.example.org', 'GPU-0000aaaa', 'GPU_0000aaaa',"
            + " 'Claimed', 'NVIDIA A40', 46068, '', 0.5, 'h1.example.org', 'u@example.org',"
            + " 'ap#1.0#1', ?)",
        timestamps);
  }

  /** A database whose only table is not gpu_state. */
  static Path foreign(Path file) {
    return create(file, "CREATE TABLE photos (id INTEGER, caption TEXT)", null, List.of());
  }

  /** gpu_state without the GPUsAverageUsage column. */
  static Path withoutUsageColumn(Path file) {
    String ddl =
        GpuStateDatabaseWriter.CREATE_TABLE.replace("\t\"GPUsAverageUsage\" FLOAT, \n", "");
    return create(file, ddl, null, List.of());
  }

  /** Bytes that are not a SQLite database. */
  static Path garbage(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "this is not a database, just text pretending to be one\n".repeat(40));
    return file;
  }

  private static Path create(Path file, String ddl, String insert, List<String> timestamps) {
    try {
      Files.createDirectories(file.getParent());
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
          Statement st = c.createStatement()) {
        st.execute(ddl);
        if (insert != null) {
          try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (String ts : timestamps) {
              ps.setString(1, ts);
              ps.executeUpdate();
            }
          }
        }
      }
      return file;
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
