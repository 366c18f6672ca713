package dev.frameports.frame.source;

import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a plan's rows come from. Sources are descriptions: nothing is opened until a backend runs
 * the plan. Files are resolved (globs expanded, existence checked) by the factories, so a missing
 * input fails early with a {@link dev.frameports.frame.SourceException} naming it.
 *
 * <p>Row order of a source: files in the order given (globs sorted by path), rows in file order
 * (SQLite: the query's order; a table in rowid order).
 */
public sealed interface Source {

  /**
   * SQLite files read through JDBC: either a whole {@code table} or a {@code query} with bound
   * {@code parameters}, run on each file and concatenated. With no declared {@code schema} the
   * types come from the declared column types (see {@link SqliteReader#inferSchema}).
   */
  record Sqlite(
      List<Path> files,
      @Nullable String table,
      @Nullable String query,
      List<Object> parameters,
      @Nullable Schema schema)
      implements Source {
    public Sqlite {
      files = List.copyOf(files);
      parameters = List.copyOf(parameters);
      if ((table == null) == (query == null)) {
        throw new IllegalArgumentException("a SQLite source needs a table or a query, not both");
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException("a SQLite source needs at least one file");
      }
    }

    /** The SQL run on each file. */
    public String sql() {
      return query != null ? query : "SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"";
    }
  }

  /**
   * Delimited text with a declared schema. Empty unquoted fields are null; {@code ""} is the empty
   * string. Timestamps and dates use {@link dev.frameports.frame.TimestampText}; booleans {@code
   * true}/{@code false}. Records end in LF or CRLF; quotes follow RFC 4180.
   */
  record Csv(List<Path> files, Schema schema, boolean header, char delimiter) implements Source {
    public Csv {
      files = List.copyOf(files);
      Objects.requireNonNull(schema, "schema");
    }
  }

  /** Parquet files; the schema is read from the files. */
  record Parquet(List<Path> files) implements Source {
    public Parquet {
      files = List.copyOf(files);
    }
  }

  /** Rows already in memory. */
  record Memory(Frame frame) implements Source {
    public Memory {
      Objects.requireNonNull(frame, "frame");
    }
  }

  /** A whole table from one or more SQLite files, types from the declared column types. */
  static Source sqliteTable(List<Path> files, String table) {
    return new Sqlite(existing(files), table, null, List.of(), null);
  }

  /** A query run on each SQLite file, with parameters bound in order. */
  static Source sqliteQuery(List<Path> files, String query, Object... parameters) {
    return new Sqlite(existing(files), null, query, Arrays.asList(parameters), null);
  }

  /** A query with a declared result schema (for computed columns SQLite cannot type). */
  static Source sqliteQuery(List<Path> files, Schema schema, String query, Object... parameters) {
    return new Sqlite(existing(files), null, query, Arrays.asList(parameters), schema);
  }

  /** CSV files matching a glob ({@code data/*.csv}), with a header row and commas. */
  static Source csv(String glob, Schema schema) {
    return new Csv(Globs.expand(glob), schema, true, ',');
  }

  /** Parquet files matching a glob ({@code data/**}{@code /*.parquet}). */
  static Source parquet(String glob) {
    return new Parquet(Globs.expand(glob));
  }

  /** Rows in memory. */
  static Source of(Frame frame) {
    return new Memory(frame);
  }

  private static List<Path> existing(List<Path> files) {
    List<Path> result = new ArrayList<>();
    for (Path file : files) {
      result.add(Globs.requireFile(file));
    }
    return result;
  }
}
