package dev.frameports.usage.generate;

import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.AtomicFiles;
import dev.frameports.usage.GpuStateRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes rows into monthly SQLite files {@code gpu_state_YYYY-MM.db}, one table {@code gpu_state}
 * without key or index, declared as pandas/SQLAlchemy's {@code to_sql} declares it
 * (usage-stats-spec.md §2.1–2.2). The month of each row's timestamp picks the file; rows must
 * arrive in month order, as snapshots do.
 *
 * <p>Each month is written into a hidden temporary file in one transaction, with prepared batch
 * inserts and {@code journal_mode=OFF}, {@code synchronous=OFF} (a crash loses only the temporary
 * file), then renamed into place when the next month starts or at {@link #finish()}. {@link
 * #close()} without {@code finish()} deletes the unfinished file, so no half-written database is
 * left. The same rows give byte-identical files. Not thread-safe.
 */
public final class GpuStateDatabaseWriter implements AutoCloseable {
  /** The DDL, laid out as SQLAlchemy emits it for the collector's DataFrame. */
  public static final String CREATE_TABLE =
      "CREATE TABLE gpu_state (\n"
          + "\t\"Name\" TEXT, \n"
          + "\t\"AssignedGPUs\" TEXT, \n"
          + "\t\"AvailableGPUs\" TEXT, \n"
          + "\t\"State\" TEXT, \n"
          + "\t\"GPUs_DeviceName\" TEXT, \n"
          + "\t\"GPUs_GlobalMemoryMb\" BIGINT, \n"
          + "\t\"PrioritizedProjects\" TEXT, \n"
          + "\t\"GPUsAverageUsage\" FLOAT, \n"
          + "\t\"Machine\" TEXT, \n"
          + "\t\"RemoteOwner\" TEXT, \n"
          + "\t\"GlobalJobId\" TEXT, \n"
          + "\ttimestamp DATETIME\n"
          + ")";

  private static final String INSERT =
      "INSERT INTO gpu_state VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final int BATCH = 5_000;

  private final Path directory;
  private final TimestampStyle style;
  private final List<GeneratedFile> written = new ArrayList<>();
  private @Nullable MonthFile current;
  private boolean finished;

  private GpuStateDatabaseWriter(Path directory, TimestampStyle style) {
    this.directory = directory;
    this.style = style;
  }

  /** A writer into {@code directory} (created if missing); existing month files are replaced. */
  public static GpuStateDatabaseWriter open(Path directory, TimestampStyle style) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new SourceException("cannot create directory " + directory + ": " + e.getMessage(), e);
    }
    return new GpuStateDatabaseWriter(directory, style);
  }

  /** The file name of {@code month}: {@code gpu_state_2025-12.db}. */
  public static String fileName(YearMonth month) {
    return "gpu_state_" + month + ".db";
  }

  /** Appends the rows of one snapshot. */
  public void write(Snapshot snapshot) {
    write(snapshot.rows());
  }

  /** Appends rows in order. */
  public void write(List<GpuStateRow> rows) {
    for (GpuStateRow row : rows) {
      write(row);
    }
  }

  /** Appends one row to the file of its timestamp's month. */
  public void write(GpuStateRow row) {
    if (finished) {
      throw new IllegalStateException("writer already finished");
    }
    LocalDateTime ts = row.timestamp();
    MonthFile file = current;
    if (file == null || !file.holds(ts)) {
      YearMonth month = YearMonth.from(ts);
      if (file != null) {
        if (month.isBefore(file.month)) {
          throw new IllegalArgumentException(
              "rows must arrive in month order: " + ts + " after rows of " + file.month);
        }
        written.add(file.commit());
      }
      file = new MonthFile(directory.resolve(fileName(month)), month, style);
      current = file;
    }
    file.insert(row);
  }

  /** Commits and renames the last file; returns every file written, in month order. */
  public List<GeneratedFile> finish() {
    if (!finished) {
      finished = true;
      if (current != null) {
        written.add(current.commit());
        current = null;
      }
    }
    return List.copyOf(written);
  }

  /** Deletes the unfinished file unless {@link #finish()} ran. */
  @Override
  public void close() {
    if (current != null) {
      current.abort();
      current = null;
    }
  }

  /** One month being written into its temporary file. */
  private static final class MonthFile {
    final Path target;
    final YearMonth month;
    final Path temporary;
    final TimestampStyle style;
    final Connection connection;
    final PreparedStatement insert;
    final LocalDateTime monthStart;
    final LocalDateTime nextMonthStart;
    long rows;
    int pending;
    int snapshots;
    @Nullable LocalDateTime first;
    @Nullable LocalDateTime last;
    String lastText = "";

    MonthFile(Path target, YearMonth month, TimestampStyle style) {
      this.target = target;
      this.month = month;
      this.style = style;
      this.monthStart = month.atDay(1).atStartOfDay();
      this.nextMonthStart = month.plusMonths(1).atDay(1).atStartOfDay();
      this.temporary =
          target.resolveSibling("." + target.getFileName() + ".tmp-" + System.nanoTime());
      try {
        connection = DriverManager.getConnection("jdbc:sqlite:" + temporary.toAbsolutePath());
        try (Statement st = connection.createStatement()) {
          st.execute("PRAGMA journal_mode=OFF");
          st.execute("PRAGMA synchronous=OFF");
          st.execute("PRAGMA cache_size=-65536");
          st.execute(CREATE_TABLE);
        }
        connection.setAutoCommit(false);
        insert = connection.prepareStatement(INSERT);
      } catch (SQLException e) {
        abort();
        throw failure(e);
      }
    }

    boolean holds(LocalDateTime ts) {
      return !ts.isBefore(monthStart) && ts.isBefore(nextMonthStart);
    }

    void insert(GpuStateRow row) {
      try {
        LocalDateTime ts = row.timestamp();
        if (!ts.equals(last)) {
          lastText = style.format(ts);
          snapshots++;
          if (first == null) {
            first = ts;
          }
          last = ts;
        }
        text(1, row.name());
        text(2, row.assignedGpus());
        text(3, row.availableGpus());
        text(4, row.state());
        text(5, row.deviceName());
        if (row.globalMemoryMb() == null) {
          insert.setNull(6, Types.BIGINT);
        } else {
          insert.setLong(6, row.globalMemoryMb());
        }
        text(7, row.prioritizedProjects());
        if (row.gpusAverageUsage() == null) {
          insert.setNull(8, Types.DOUBLE);
        } else {
          insert.setDouble(8, row.gpusAverageUsage());
        }
        text(9, row.machine());
        text(10, row.remoteOwner());
        text(11, row.globalJobId());
        insert.setString(12, lastText);
        insert.addBatch();
        rows++;
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      } catch (SQLException e) {
        throw failure(e);
      }
    }

    private void text(int index, @Nullable String value) throws SQLException {
      if (value == null) {
        insert.setNull(index, Types.VARCHAR);
      } else {
        insert.setString(index, value);
      }
    }

    GeneratedFile commit() {
      try {
        if (pending > 0) {
          insert.executeBatch();
        }
        connection.commit();
        insert.close();
        connection.close();
        AtomicFiles.moveIntoPlace(temporary, target);
        return new GeneratedFile(target, month, rows, snapshots, first, last, Files.size(target));
      } catch (SQLException | IOException e) {
        abort();
        throw failure(e);
      }
    }

    void abort() {
      try {
        if (connection != null) {
          connection.close();
        }
      } catch (SQLException ignored) {
        // the temporary file is deleted below either way
      }
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // hidden, uniquely named: harmless if it survives
      }
    }

    private SourceException failure(Exception e) {
      return new SourceException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
