package dev.frameports.usage.generate;

import dev.frameports.frame.TimestampText;
import dev.frameports.usage.GpuStateRow;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads generated files back through plain JDBC, for assertions. */
final class StoredRows {
  private StoredRows() {}

  /** Every row in rowid order. */
  static List<GpuStateRow> read(Path db) {
    List<GpuStateRow> rows = new ArrayList<>();
    query(
        db,
        "SELECT * FROM gpu_state ORDER BY rowid",
        rs -> {
          rows.add(
              new GpuStateRow(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getObject(6) == null ? null : rs.getLong(6),
                  rs.getString(7),
                  rs.getObject(8) == null ? null : rs.getDouble(8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11),
                  TimestampText.parse(rs.getString(12))));
        });
    return rows;
  }

  /** The first column of every result row, as text (null stays null). */
  static List<String> column(Path db, String sql) {
    List<String> values = new ArrayList<>();
    query(db, sql, rs -> values.add(rs.getString(1)));
    return values;
  }

  interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }

  static void query(Path db, String sql, RowHandler handler) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        handler.handle(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(db + ": " + e.getMessage(), e);
    }
  }
}
