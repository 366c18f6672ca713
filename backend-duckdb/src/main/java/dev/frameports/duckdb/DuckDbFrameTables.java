package dev.frameports.duckdb;

import static dev.frameports.duckdb.DuckDbDialect.quote;

import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.source.Source;
import java.lang.ref.WeakReference;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The temporary tables of in-memory frames, kept from one statement to the next. Why: callers such
 * as the usage statistics load a window once into a {@link Frame} and then run several plans over
 * it; appending the same rows again for every plan cost more than the plans themselves. A {@code
 * Frame} is immutable, so the table loaded for it stays right for as long as that frame instance
 * lives.
 *
 * <p>Frames are matched by identity (never {@code equals}, which would read every value) and held
 * weakly, so the cache never keeps a frame alive. Between statements ({@link #trim()}) the tables
 * of collected frames are dropped, and the least recently used ones beyond {@link #CAPACITY}; a
 * statement reading more frames than that keeps them all until it ends.
 */
final class DuckDbFrameTables {
  /** Frames whose tables survive between statements. */
  static final int CAPACITY = 8;

  private static final class Entry {
    final WeakReference<Frame> frame;
    final String table;
    boolean loaded;

    Entry(Frame frame, String table) {
      this.frame = new WeakReference<>(frame);
      this.table = table;
    }
  }

  private final DuckDBConnection connection;

  /** Least recently used first. */
  private final List<Entry> entries = new ArrayList<>();

  private int created;

  DuckDbFrameTables(DuckDBConnection connection) {
    this.connection = connection;
  }

  /** The table name for this frame's rows, the same for every statement while it is cached. */
  String tableFor(Frame frame) {
    Entry entry = find(frame);
    if (entry == null) {
      created++;
      entry = new Entry(frame, DuckDbDialect.RESERVED_PREFIX + "frame_" + created);
    } else {
      entries.remove(entry);
    }
    entries.add(entry);
    return entry.table;
  }

  /** Loads the frame's table unless an earlier statement did. */
  void load(Frame frame, Schema schema) throws SQLException {
    Entry entry = find(frame);
    if (entry == null) {
      throw new IllegalStateException("no table was named for this frame");
    }
    if (!entry.loaded) {
      try {
        DuckDbSourceLoader.load(connection, entry.table, Source.of(frame), schema);
      } catch (SQLException | RuntimeException e) {
        drop(entry); // a half-filled table must not be mistaken for a loaded one next time
        throw e;
      }
      entry.loaded = true;
    }
  }

  /** Drops the tables of collected frames, then the oldest beyond {@link #CAPACITY}. */
  void trim() {
    Iterator<Entry> it = entries.iterator();
    while (it.hasNext()) {
      Entry entry = it.next();
      if (entry.frame.get() == null) {
        drop(entry);
        it.remove();
      }
    }
    while (entries.size() > CAPACITY) {
      drop(entries.remove(0));
    }
  }

  /** Tables currently held (for tests). */
  int size() {
    return entries.size();
  }

  private @Nullable Entry find(Frame frame) {
    for (Entry entry : entries) {
      if (entry.frame.get() == frame) {
        return entry;
      }
    }
    return null;
  }

  private void drop(Entry entry) {
    try {
      DuckDbSourceLoader.execute(
          connection, "DROP TABLE IF EXISTS temp.main." + quote(entry.table));
    } catch (SQLException ignored) {
      // the connection is gone or broken: its temporary tables went with it
    }
  }
}
